import { render, screen } from '@testing-library/react';
import { useFocusWhen } from '../../../components/ui/useFocusWhen';

function Review({ step }: { step: 'idle' | 'preview' | 'applying' }) {
  const ref = useFocusWhen<HTMLDivElement>(step === 'preview');
  return (
    <>
      <input aria-label="file" autoFocus />
      {step === 'idle' ? null : (
        <div ref={ref} tabIndex={-1} role="group" aria-label="review">
          {step}
        </div>
      )}
    </>
  );
}

test('the review takes the focus when it appears, and keeps it while the import runs', () => {
  const { rerender } = render(<Review step="idle" />);
  expect(screen.getByLabelText('file')).toHaveFocus();
  rerender(<Review step="preview" />);
  expect(screen.getByRole('group', { name: 'review' })).toHaveFocus();
  screen.getByLabelText('file').focus();
  // Applying is not a new appearance: the focus stays where the person put it.
  rerender(<Review step="applying" />);
  expect(screen.getByLabelText('file')).toHaveFocus();
});

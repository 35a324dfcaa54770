import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { useDemo } from './demo-store';

/**
 * Shown above every class demo page: says plainly that nothing is saved to anyone's work, resets
 * every example in one click (with undo, since a live class is no place for a dialog), and leaves.
 */
export function DemoModeBar() {
  const [, navigate] = useLocation();
  const enter = useDemo((s) => s.enter);
  const resetAll = useDemo((s) => s.resetAll);
  const undoReset = useDemo((s) => s.undoReset);
  const leave = useDemo((s) => s.leave);
  const canUndo = useDemo((s) => s.undoEdits !== null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    // The large type on the root is Layout's, set before the first paint.
    enter(new Date());
  }, [enter]);

  const onReset = () =>
    setMessage(
      resetAll()
        ? 'Every worked example is back as it was.'
        : 'Nothing had been changed: every worked example is as it was.',
    );
  const onUndo = () => {
    undoReset();
    setMessage('The changes are back.');
  };
  const onLeave = () => {
    // Leave first, then forget: a worksheet saving as it closes must not write the demo back.
    navigate('/');
    leave();
  };

  return (
    <section className="demo-bar" aria-labelledby="demo-bar-title">
      <div className="demo-bar__inner">
        <p id="demo-bar-title" className="demo-bar__title">
          Class demo: nothing here is saved to anyone’s work.
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={onReset}>
            Reset all examples
          </button>
          {canUndo && (
            <button type="button" className="button" onClick={onUndo}>
              Undo reset
            </button>
          )}
          <button type="button" className="button button--primary" onClick={onLeave}>
            Leave class demo
          </button>
        </div>
        <p role="status" className="demo-bar__status">
          {message}
        </p>
      </div>
    </section>
  );
}

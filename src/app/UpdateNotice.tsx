import { useState } from 'react';
import { useOfflineStatus } from './offline';

/** Offers a newer version of the toolkit; the learner chooses when, since updating reloads the page. */
export function UpdateNotice() {
  const isUpdateWaiting = useOfflineStatus((s) => s.isUpdateWaiting);
  const applyUpdate = useOfflineStatus((s) => s.applyUpdate);
  const [isDismissed, setIsDismissed] = useState(false);
  if (!isUpdateWaiting || !applyUpdate || isDismissed) return null;
  return (
    <div className="notice" role="status">
      <h2>A new version of the toolkit is ready</h2>
      <p>Your work is saved. Updating reloads the page; you can do it now or carry on and update later.</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void applyUpdate()}>
          Update now
        </button>
        <button type="button" className="button" onClick={() => setIsDismissed(true)}>
          Later
        </button>
      </div>
    </div>
  );
}

import { Link } from 'wouter';

export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Your work is safe: <Link to="/">go to your worksheets</Link>.
      </p>
    </>
  );
}

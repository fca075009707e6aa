// Grey blocks the size of what is loading, so that nothing moves when it arrives.
export function Skeleton({ lines = 3, height }: { lines?: number; height?: string }) {
  if (height) return <div className="skeleton skeleton-block" style={{ height }} aria-hidden="true" />;
  return (
    <div aria-hidden="true">
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton skeleton-line" style={{ width: `${92 - ((index * 17) % 40)}%` }} />
      ))}
    </div>
  );
}

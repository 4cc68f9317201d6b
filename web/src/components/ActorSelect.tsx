import type { ActorCount } from '../api.ts';

/** A labelled choice among the actors the database knows, busiest first. */
export function ActorSelect({ id, label, actors, value, onChange }: { id: string; label: string; actors: ActorCount[]; value: string; onChange: (code: string) => void }) {
  return (
    <label htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {actors.map((a) => (
          <option key={a.code} value={a.code}>
            {a.code} ({a.as_source + a.as_target})
          </option>
        ))}
      </select>
    </label>
  );
}

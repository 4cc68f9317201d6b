/** Numbers and dates inside possibly right-to-left text. */

/** A signed number kept left to right, so "-7.2" does not read "7.2-" inside Arabic text. */
export function Num({ value, digits = 1 }: { value: number; digits?: number }) {
  return <span dir="ltr">{value.toFixed(digits)}</span>;
}

/** A date YYYY-MM-DD kept left to right: under rtl its digit groups would otherwise read reversed. */
export function Day({ value }: { value: string }) {
  return <span dir="ltr">{value}</span>;
}

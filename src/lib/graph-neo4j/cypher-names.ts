/** A label, type or constraint name quoted for Cypher: backticks, with any backtick doubled. */
export function quoteName(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

/** `:A:B` for a node pattern; '' for no labels. */
export function labelPattern(labels: readonly string[]): string {
  return labels.map((label) => `:${quoteName(label)}`).join('');
}

/** The unique-key constraint's name for a label, e.g. `key_unique_Chain`. */
export function keyConstraintName(label: string): string {
  return `key_unique_${label.replace(/[^\p{L}\p{N}_]/gu, '_')}`;
}

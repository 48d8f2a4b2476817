// Renders content wording: paragraphs split on blank lines, `backticks` as code. Never HTML from content.
import { Fragment } from 'react';

function inline(text: string) {
  const parts = text.split(/(`[^`]+`)/g);
  return parts.map((part, i) =>
    part.startsWith('`') && part.endsWith('`') && part.length > 2 ? (
      <code key={i} className="code-inline">
        {part.slice(1, -1)}
      </code>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

export function RichText({ text, className }: { text: string | undefined; className?: string }) {
  if (!text) return null;
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <div className={className ?? 'prose-text'}>
      {paragraphs.map((p, i) => (
        <p key={i}>
          {p.split('\n').map((line, j, all) => (
            <Fragment key={j}>
              {inline(line)}
              {j < all.length - 1 ? <br /> : null}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}

/** The same text without markup, for summaries and titles. */
export function plainText(text: string | undefined): string {
  return (text ?? '').replace(/`([^`]+)`/g, '$1');
}

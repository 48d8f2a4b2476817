// A button that copies text and says so in a polite live region.
import { useState } from 'react';
import { copyText } from '@/lib/clipboard';

interface Props {
  text: () => string;
  label: string;
  copiedLabel: string;
  failedLabel: string;
  className?: string;
}

export function CopyButton({ text, label, copiedLabel, failedLabel, className }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={className ?? 'btn-secondary'}
        onClick={async () => {
          const ok = await copyText(text());
          setState(ok ? 'copied' : 'failed');
        }}
      >
        {label}
      </button>
      <span role="status" className="text-sm text-muted">
        {state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : ''}
      </span>
    </span>
  );
}

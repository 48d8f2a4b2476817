// "Share" for one fix or step: a toggle button that opens, under it, the link a customer opens, buttons
// that copy the link or a ready ticket sentence, and a QR code of the link (for a customer reading on a
// computer who needs the steps on the phone). The panel exists only while open.
import { useState } from 'react';
import type { Lang } from '@/engine/types';
import { useHelpdeskT } from '@/features/helpdesk/strings';
import { copyText } from '@/lib/clipboard';
import { QrCode } from '@/features/helpdesk/qr-code';
import './helpdesk.css';

export interface ShareTarget {
  /** Absolute URL (made at click time: the origin is known only in the browser). */
  url: () => string;
  /** 1-based step number, or undefined for a whole fix. */
  step?: number;
  /** The step's title, or the fix's (or the page's). */
  title: string;
  /** A page that is not a fix (a question, check or outcome): the sentence says "go on from" it. */
  page?: boolean;
}

/** The sentence for a ticket: which link to open and which step to do there. */
function ticketSentence(
  t: (key: string, options?: Record<string, unknown>) => string,
  target: ShareTarget,
  url: string,
): string {
  if (target.step !== undefined)
    return t('helpdesk.ticketStep', { n: target.step, title: target.title, link: url });
  return t(target.page ? 'helpdesk.ticketPage' : 'helpdesk.ticketFix', { title: target.title, link: url });
}

export function ShareToggle({ lang, id, target }: { lang: Lang; id: string; target: ShareTarget }) {
  const t = useHelpdeskT(lang);
  const [open, setOpen] = useState(false);
  const name =
    target.step === undefined
      ? t('helpdesk.shareFix', { title: target.title })
      : t('helpdesk.shareStep', { n: target.step });
  return (
    <div className="hd-share">
      <button
        type="button"
        className="btn-small"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={name}
        onClick={() => setOpen((v) => !v)}
      >
        {t('helpdesk.share')}
      </button>
      {open ? <SharePanel lang={lang} id={id} target={target} /> : null}
    </div>
  );
}

export function SharePanel({ lang, id, target }: { lang: Lang; id: string; target: ShareTarget }) {
  const t = useHelpdeskT(lang);
  const url = target.url();
  return (
    <div id={id} className="hd-share-panel">
      <p className="hd-link-row">
        <span className="hd-link-label">{t('helpdesk.link')}</span>
        <code className="hd-link" translate="no">
          {url}
        </code>
      </p>
      <div className="hd-actions">
        <CopyAction lang={lang} text={url} label={t('helpdesk.copyLink')} />
        <CopyAction lang={lang} text={ticketSentence(t, target, url)} label={t('helpdesk.copyTicket')} />
      </div>
      <figure className="hd-qr-figure">
        <QrCode value={url} label={t('helpdesk.qr')} />
        <figcaption className="text-sm text-muted">{t('helpdesk.qrHint')}</figcaption>
      </figure>
    </div>
  );
}

/**
 * A button that copies text and says so in a polite live region (as components/copy-button.tsx does: that
 * component is shared with the node pages' chunk, and a shared chunk rendering React splits the entry).
 */
function CopyAction({ lang, text, label }: { lang: Lang; text: string; label: string }) {
  const t = useHelpdeskT(lang);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="btn-secondary"
        onClick={async () => setState((await copyText(text)) ? 'copied' : 'failed')}
      >
        {label}
      </button>
      <span role="status" className="text-sm text-muted">
        {state === 'copied' ? t('node.copied') : state === 'failed' ? t('node.copyFailed') : ''}
      </span>
    </span>
  );
}

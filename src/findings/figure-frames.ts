/**
 * How a statement means its figure, for comparing two figures of one attribute: a lower bound
 * ("at least 30 days") agrees with any value that meets it; a figure the customer can set ("can be
 * extended to 180 days"), a typical value ("usually within 24 hours"), an example ("For example,
 * if you set 90 days ..."), a range ("between 7 and 35 days") and the old value of a change
 * ("increased from 14 days") are not the rule's value, so they contradict nothing. Only figures
 * (durations, numbers, versions) are set apart so: "MFA is optional and admins can enforce it" still
 * contradicts "MFA is mandatory". Cue words: rules/{en,pl}/statement-frames.json. Browser-safe.
 */
import type { Claim, ClaimValue } from '../claims/types.ts';
import { durationDays } from './diff.ts';
import { changedFrom, isExample, isInstruction, RE, statesRange } from './frame-cues.ts';

export interface FigureFrame {
  /** A lower bound ("kept for at least 30 days"): any larger value agrees with it. */
  minimum: boolean;
  /** A setting the customer may change ("administrators can extend ...", "można wydłużyć", a how-to step "Turn on ..."). */
  option: boolean;
  /** What holds until the customer changes it ("by default", "domyślnie"). */
  setting: boolean;
  /** A usual value, not a bound ("usually", "in practice", "zwykle"). */
  typical: boolean;
  /** An illustration ("For example, if ...", "Na przykład, jeśli ..."). */
  example: boolean;
  /** Both ends of a range ("between 7 and 35 days", "od 7 do 35 dni"). */
  range: boolean;
  /** The old value of a change ("increased from 14 days"): the number after "from". */
  changedFrom?: string;
}

export function figureFrameOf(text: string): FigureFrame {
  const from = changedFrom(text);
  return {
    minimum: RE.minimum.test(text),
    option: RE.option.test(text) || isInstruction(text),
    setting: RE.setting.test(text),
    typical: RE.typical.test(text),
    example: isExample(text),
    // "from 14 to 30 days" after a change verb is the change, not a range: the new value is the rule.
    range: from === undefined && statesRange(text),
    ...(from !== undefined ? { changedFrom: from } : {}),
  };
}

/** A duration in days, a number or a version ("1.2": a TLS floor), for comparing bounds; undefined for other values. */
function magnitude(v: ClaimValue): number | undefined {
  if (typeof v === 'number') return v;
  return durationDays(v) ?? (typeof v === 'string' && /^\d+\.\d+$/.test(v) ? Number(v) : undefined);
}

/** The number a value is written with ("P14D" -> 14, 99.5 -> 99.5). */
const written = (v: ClaimValue): number | undefined => {
  const m = /\d+(?:\.\d+)?/.exec(String(v));
  return m ? Number(m[0]) : undefined;
};

/** The claim's value is the old one its sentence says was changed. */
const isOldValue = (c: Claim, f: FigureFrame) => f.changedFrom !== undefined && written(c.value) === Number(f.changedFrom);

/**
 * A default and an option the customer controls both hold, whatever the value ("2FA is optional by
 * default" / "administrators can make it mandatory"); a default beside a plain rule is compared.
 */
export function settingsApart(a: FigureFrame, b: FigureFrame): boolean {
  return (a.option && (b.option || b.setting)) || (b.option && a.setting);
}

/** The two figures do not contradict each other for how they are meant (see above). */
export function figuresAgree(a: Claim, fa: FigureFrame, b: Claim, fb: FigureFrame): boolean {
  const ma = magnitude(a.value);
  const mb = magnitude(b.value);
  if (ma === undefined || mb === undefined) return false;
  if (fa.minimum || fb.minimum) return fa.minimum && fb.minimum ? true : fa.minimum ? mb >= ma : ma >= mb;
  const loose = (f: FigureFrame) => f.option || f.typical || f.example || f.range;
  return loose(fa) || loose(fb) || isOldValue(a, fa) || isOldValue(b, fb);
}

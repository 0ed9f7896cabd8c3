import {
  RISK_ACTION_MAX_CHARS,
  RISK_ACTIONS,
  RISK_CHECK_QUESTIONS,
  RiskCheckSchema,
  type RiskAction,
  type RiskAnswer,
  type RiskCheck,
  type RiskCheckQuestion,
  type RiskEvent,
} from '../../shared/session/risk'

/**
 * The structured check's form, outside React: what a fresh form holds, what a saved check reopens as, and the
 * `risk-check` it becomes. Every question starts as "not asked", so saving never claims an answer nobody gave.
 */
export type RiskCheckForm = {
  answers: Record<RiskCheckQuestion, RiskAnswer>
  actions: RiskAction[]
  note: string
}

export const ANSWER_LABELS: Record<RiskAnswer, string> = { yes: 'Yes', no: 'No', 'not-asked': 'Not asked' }
export const ANSWERS: readonly RiskAnswer[] = ['yes', 'no', 'not-asked']

export function emptyCheckForm(): RiskCheckForm {
  return {
    answers: Object.fromEntries(
      RISK_CHECK_QUESTIONS.map((q) => [q, 'not-asked']),
    ) as RiskCheckForm['answers'],
    actions: [],
    note: '',
  }
}

/** A saved check opens as it was saved, so it can be corrected; none opens empty. */
export function checkForm(check: RiskEvent['check']): RiskCheckForm {
  if (!check) return emptyCheckForm()
  return { answers: { ...check.answers }, actions: orderActions(check.actions), note: check.note }
}

export function setAnswer(form: RiskCheckForm, q: RiskCheckQuestion, a: RiskAnswer): RiskCheckForm {
  return { ...form, answers: { ...form.answers, [q]: a } }
}

/** Ticks or unticks an action; the list keeps the order the actions are offered in. */
export function setAction(form: RiskCheckForm, action: RiskAction, on: boolean): RiskCheckForm {
  const rest = form.actions.filter((a) => a !== action)
  return { ...form, actions: orderActions(on ? [...rest, action] : rest) }
}

const orderActions = (actions: readonly RiskAction[]) => RISK_ACTIONS.filter((a) => actions.includes(a))

export type BuiltCheck = { ok: true; check: RiskCheck } | { ok: false; problem: string }

/** The check to send, or one plain sentence saying what is missing. */
export function buildRiskCheck(form: RiskCheckForm): BuiltCheck {
  const note = form.note.trim()
  if (note.length > RISK_ACTION_MAX_CHARS)
    return { ok: false, problem: `The note holds at most ${RISK_ACTION_MAX_CHARS} characters.` }
  const answered = RISK_CHECK_QUESTIONS.some((q) => form.answers[q] !== 'not-asked')
  if (!answered && !form.actions.length && !note)
    return { ok: false, problem: 'Record at least one answer, an action you took, or a note.' }
  const parsed = RiskCheckSchema.safeParse({
    answers: form.answers,
    actions: orderActions(form.actions),
    note,
  })
  return parsed.success
    ? { ok: true, check: parsed.data }
    : { ok: false, problem: 'Something in the check could not be read. Please look at it again.' }
}

/** "2 yes · 3 no · 1 not asked": one quiet line for the list and the report. */
export function answersSummary(check: Pick<RiskCheck, 'answers'>): string {
  const count = (a: RiskAnswer) => RISK_CHECK_QUESTIONS.filter((q) => check.answers[q] === a).length
  return ANSWERS.map((a) => [count(a), ANSWER_LABELS[a].toLowerCase()] as const)
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n} ${label}`)
    .join(' · ')
}

/** Whether the form differs from what was saved (closing asks nothing, but the button says "Save changes"). */
export function formChanged(form: RiskCheckForm, check: RiskEvent['check']): boolean {
  const before = checkForm(check)
  return (
    form.note.trim() !== before.note.trim() ||
    form.actions.join() !== before.actions.join() ||
    RISK_CHECK_QUESTIONS.some((q) => form.answers[q] !== before.answers[q])
  )
}

/**
 * The editor's own field types. Each one shows the problems the project's validation finds in
 * its value, on the field, in Vietnamese:
 * - vn-string, vn-text, vn-select, vn-boolean: the built-in controls, checked;
 * - vn-number: a number typed the Vietnamese way ("1.224", "7,39"), never misread;
 * - figure-parts: the figures of the same report, ticked to say which add up to this one.
 */
import type CMS from '@sveltia/cms';
import { readTypedNumber, showTypedNumber } from '../lib/typed-number.ts';
import type { EntryKind } from '../validation/parse.ts';
import { fieldProblem } from './checks.ts';
import { noteOpenEntry } from './save-check.ts';
import { createClass, h, plain, type ImmutableMap } from './react.ts';

interface ControlProps {
  value: unknown;
  field: ImmutableMap;
  forID: string;
  classNameWrapper: string;
  entry: ImmutableMap | undefined;
  onChange(value: unknown): void;
}

type Verdict = true | { error: { message: string } };

function verdict(props: ControlProps, value: unknown): Verdict {
  const message = liveProblem(props, value);
  return message ? { error: { message } } : true;
}

/** The problem the project's rules find in this field's value now, if any. */
function liveProblem(props: ControlProps, value: unknown): string | undefined {
  const kind = props.field.get('entry_kind') as EntryKind | undefined;
  const name = props.field.get('name');
  if (!kind || !props.entry || typeof name !== 'string') return undefined;
  noteOpenEntry(kind, props.entry);
  return fieldProblem(kind, props.entry, name, value);
}

/**
 * The field's problem under it as the entry changes, not only after a save attempt: it shows
 * when the value becomes wrong (a draft made ready to publish, a sum that no longer adds up)
 * and goes when it is fixed. The CMS's own message appears only once the whole entry passed
 * the project's checks (save-check.ts), so the two never say the same thing twice.
 */
function withLiveProblem(props: ControlProps, control: unknown, own?: string): unknown {
  const message = own ?? liveProblem(props, props.value);
  return message
    ? h('div', null, control, h('p', { className: 'antq-field-error antq-live', id: `${props.forID}-van-de` }, message))
    : control;
}

/** A built-in control, unchanged, with the project's checks on its value. */
function checked(cms: typeof CMS, base: string): unknown {
  const Base = cms.getFieldType(base)?.control;
  if (!Base) throw new Error(`the CMS has no "${base}" field type to build on`);
  return createClass<ControlProps>({
    // The value comes as an argument: the props may still hold the one before the last change.
    isValid(value: unknown) {
      return verdict(this.props, value);
    },
    render() {
      // A box the form has not set yet (a figure added to a list gets no default for a field
      // type the CMS does not know) is unticked, which is what saving writes: said so, the
      // switch reads aria-checked="false" instead of an empty, invalid aria-checked.
      const props = base === 'boolean' ? { ...this.props, value: this.props.value === true } : this.props;
      return withLiveProblem(this.props, h(Base, props as unknown as Record<string, unknown>));
    },
  });
}

/**
 * A whole-number field bounded below 10.000 (a year, a month, a day) shows its digits ungrouped:
 * grouped, a year reads "2.013".
 */
const plainDigits = (field: ImmutableMap) => {
  const max = field.get('max');
  return field.get('value_type') === 'int' && typeof max === 'number' && max < 10_000;
};

const numberControl = () =>
  createClass<ControlProps, { text: string; shown: unknown }>({
    getInitialState() {
      const value = this.props.value;
      const shown = typeof value === 'number' ? showTypedNumber(value, plainDigits(this.props.field)) : value;
      return { text: String(shown ?? ''), shown: value };
    },
    isValid(value: unknown) {
      // An untouched field holds "": empty, which the schema's own rules judge.
      if (typeof value === 'string' && value.trim() !== '') {
        const read = readTypedNumber(value);
        if (!read.ok) return { error: { message: read.message } };
      }
      return verdict(this.props, value);
    },
    render() {
      const { forID, classNameWrapper, onChange, value } = this.props;
      // A value changed from outside (undo, copy from another locale) replaces what was typed.
      const text =
        value === this.state.shown
          ? this.state.text
          : typeof value === 'number'
            ? showTypedNumber(value, plainDigits(this.props.field))
            : String(value ?? '');
      const input = h('input', {
        id: forID,
        type: 'text',
        inputMode: 'decimal',
        autoComplete: 'off',
        className: classNameWrapper,
        'aria-labelledby': `${forID}-label`,
        value: text,
        onChange: (event: { target: { value: string } }) => {
          const typed = event.target.value;
          const read = readTypedNumber(typed);
          const next = typed.trim() === '' ? null : read.ok ? read.value : typed;
          this.setState({ text: typed, shown: next });
          onChange(next);
        },
      });
      // What was typed and is not a number says so in the editor's terms ("12a" is no number),
      // before the schema's "a number is needed".
      const typed = text.trim() === '' ? undefined : readTypedNumber(text);
      return withLiveProblem(this.props, input, typed && !typed.ok ? typed.message : undefined);
    },
  });

interface FigureOption {
  id: string;
  label: string;
  value: unknown;
  unit: string;
}

/** A list of ids from what the form holds: an untouched field holds "", not a list. */
const idList = (value: unknown): string[] => {
  const list = plain(value);
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
};

const partsControl = () =>
  createClass<ControlProps, { chosen: string[]; shown: unknown }>({
    getInitialState() {
      return { chosen: idList(this.props.value), shown: this.props.value };
    },
    isValid(value: unknown) {
      return verdict(this.props, value);
    },
    render() {
      const { forID, onChange, entry, value } = this.props;
      // What was just ticked shows at once; a value changed from outside replaces it.
      const chosen = value === this.state.shown ? this.state.chosen : idList(value);
      const figures = ((plain(entry?.getIn(['data', 'figures'])) as FigureOption[] | undefined) ?? []).filter(
        (f) => typeof f.id === 'string' && f.id !== '',
      );
      const toggle = (id: string, on: boolean) => {
        const next = on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id);
        this.setState({ chosen: next, shown: next });
        onChange(next);
      };
      const group = h(
        'div',
        { role: 'group', 'aria-labelledby': `${forID}-label`, className: 'antq-parts', id: forID },
        figures.length === 0
          ? h('p', null, 'Chưa có số liệu nào khác trong báo cáo này.')
          : figures.map((f) =>
              h(
                'label',
                { key: f.id, className: 'antq-part' },
                h('input', {
                  type: 'checkbox',
                  checked: chosen.includes(f.id),
                  onChange: (event: { target: { checked: boolean } }) => toggle(f.id, event.target.checked),
                }),
                ` ${f.label || f.id} (${f.id}): ${typeof f.value === 'number' ? showTypedNumber(f.value) : '?'} ${f.unit ?? ''}`,
              ),
            ),
      );
      return withLiveProblem(this.props, group);
    },
  });

export function registerFields(cms: typeof CMS): void {
  const register = cms.registerFieldType as (name: string, control: unknown) => void;
  register('vn-string', checked(cms, 'string'));
  register('vn-text', checked(cms, 'text'));
  register('vn-select', checked(cms, 'select'));
  register('vn-boolean', checked(cms, 'boolean'));
  register('vn-number', numberControl());
  register('figure-parts', partsControl());
}

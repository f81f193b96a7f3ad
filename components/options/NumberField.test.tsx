// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from './NumberField';

afterEach(cleanup);

function renderField() {
  const onSave = vi.fn();
  const view = render(
    <NumberField
      lang="zh"
      name="cacheHours"
      label="缓存"
      value={24}
      min={0}
      max={720}
      onSave={onSave}
    />,
  );
  const input = view.container.querySelector<HTMLInputElement>('input[name="cacheHours"]')!;
  const commit = (text: string) => {
    fireEvent.input(input, { target: { value: text } });
    fireEvent.change(input, { target: { value: text } });
  };
  return { view, input, commit, onSave };
}

describe('NumberField', () => {
  it('saves a whole number within the range', () => {
    const { commit, onSave, view } = renderField();
    commit('48');
    expect(onSave).toHaveBeenCalledWith(48);
    expect(view.queryByRole('alert')).toBeNull();
  });

  it.each(['', '-1', '721', '1.5', 'abc'])('keeps the saved value and says why for %j', (text) => {
    const { commit, onSave, view, input } = renderField();
    commit(text);
    expect(onSave).not.toHaveBeenCalled();
    expect(view.getByRole('alert').textContent).toBe('请输入 0–720 之间的整数，未保存');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});

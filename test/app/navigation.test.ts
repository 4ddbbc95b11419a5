import { describe, expect, it } from 'vitest';
import { navigate } from '../../src/app/navigation.js';

const home = { screen: 'home' };

describe('navigate', () => {
  it('opens a screen on top and goes back to the one before', () => {
    const opened = navigate([home], { type: 'open', place: { screen: 'ip', payload: { example: '10.0.0.1' } } });
    expect(opened).toEqual([home, { screen: 'ip', payload: { example: '10.0.0.1' } }]);
    expect(navigate(opened, { type: 'back' })).toEqual([home]);
  });

  it('stays home when there is nothing to go back to', () => {
    expect(navigate([home], { type: 'back' })).toEqual([home]);
  });

  it('returns home from any depth', () => {
    const deep = [home, { screen: 'lessons' }, { screen: 'ip' }];
    expect(navigate(deep, { type: 'home' })).toEqual([home]);
  });
});

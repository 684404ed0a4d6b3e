// The normal distribution against standard table values (Φ to 16 digits, as printed in
// reference tables such as Abramowitz & Stegun, table 26.1, and NIST's DLMF). The tool needs
// 1e-7; the checks ask for 1e-12 in the body and a relative 1e-7 in the far tail.
import { describe, expect, it } from 'vitest';
import { erf, normalCdf, twoSidedP } from '../../../src/calculators/nps/normal.ts';

describe('normalCdf', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1, 0.1586552539314571],
    [1.96, 0.9750021048517795],
    [3, 0.9986501019683699],
    [-1.6448536269514722, 0.05], // the one-sided 5% point
    [2.5758293035489004, 0.995], // the two-sided 1% point
  ])('Φ(%d) = %d', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(1e-12);
  });

  it.each([
    [-5, 2.866515718791939e-7],
    [-8, 6.22096057427178e-16],
    [-20, 2.753624118606233e-89],
  ])('far tail Φ(%d) = %d to a relative 1e-7', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected) / expected).toBeLessThan(1e-7);
  });

  it('is 0 and 1 beyond 37 standard deviations, and NaN for NaN', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });

  it('is symmetric: Φ(x) + Φ(−x) = 1', () => {
    for (let x = 0; x < 8; x += 0.37) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
  });
});

describe('twoSidedP', () => {
  it.each([
    [0, 1],
    [1.96, 0.04999579029644087],
    [-1.96, 0.04999579029644087],
    [1, 0.3173105078629141],
    [2.5758293035489004, 0.01],
    [3.2905267314919255, 0.001],
  ])('p(z = %d) = %d', (z, expected) => {
    expect(Math.abs(twoSidedP(z) - expected)).toBeLessThan(1e-12);
  });

  it('stays in [0, 1], and is NaN for NaN', () => {
    expect(twoSidedP(1e-300)).toBeLessThanOrEqual(1);
    expect(twoSidedP(Infinity)).toBe(0);
    expect(twoSidedP(NaN)).toBeNaN();
  });
});

describe('erf', () => {
  it.each([
    [0, 0],
    [0.5, 0.5204998778130465],
    [1, 0.8427007929497149],
    [-2, -0.9953222650189527],
    [3, 0.9999779095030014],
  ])('erf(%d) = %d', (x, expected) => {
    expect(Math.abs(erf(x) - expected)).toBeLessThan(1e-12);
  });

  it('is NaN for NaN', () => expect(erf(NaN)).toBeNaN());
});

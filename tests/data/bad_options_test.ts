// Every numeric option of the data sets is checked, NaN included (see tests/core/_bad_input.ts).
import { blobs, circles, findFashionMnist, moons, spirals, trainTestSplit, xor } from "relu-lab";
import {
  type BadBooleanCase,
  type BadNumberCase,
  testBadBooleans,
  testBadNumbers,
} from "../core/_bad_input.ts";

const CASES: BadNumberCase[] = [
  { name: "n", label: "circles(0, { n })", call: (v) => circles(0, { n: v }) },
  { name: "noise", label: "circles(0, { noise })", call: (v) => circles(0, { noise: v }) },
  { name: "factor", label: "circles(0, { factor })", call: (v) => circles(0, { factor: v }) },
  { name: "rng", label: "circles(rng)", call: (v) => circles(v) },
  { name: "n", label: "moons(0, { n })", call: (v) => moons(0, { n: v }) },
  { name: "noise", label: "moons(0, { noise })", call: (v) => moons(0, { noise: v }) },
  { name: "n", label: "spirals(0, { n })", call: (v) => spirals(0, { n: v }) },
  { name: "noise", label: "spirals(0, { noise })", call: (v) => spirals(0, { noise: v }) },
  { name: "turns", label: "spirals(0, { turns })", call: (v) => spirals(0, { turns: v }) },
  { name: "n", label: "xor(0, { n })", call: (v) => xor(0, { n: v }) },
  { name: "noise", label: "xor(0, { noise })", call: (v) => xor(0, { noise: v }) },
  { name: "n", label: "blobs(0, { n })", call: (v) => blobs(0, { n: v }) },
  { name: "std", label: "blobs(0, { std })", call: (v) => blobs(0, { std: v }) },
  { name: "centers", label: "blobs(0, { centers })", call: (v) => blobs(0, { centers: v }) },
  { name: "features", label: "blobs(0, { features })", call: (v) => blobs(0, { features: v }) },
  {
    name: "centerBox[0]",
    label: "blobs(0, { centerBox: [low, 1] })",
    call: (v) => blobs(0, { centerBox: [v, 1] }),
  },
  {
    name: "centers[1]",
    label: "blobs(0, { centers: [[0, 0], [x, 1]] })",
    call: (v) => blobs(0, { centers: [[0, 0], [v, 1]] }),
  },
  {
    name: "testFraction",
    label: "trainTestSplit(d, { testFraction })",
    call: (v) => trainTestSplit(circles(0), { testFraction: v, rng: 0 }),
  },
  {
    name: "rng",
    label: "trainTestSplit(d, { rng })",
    call: (v) => trainTestSplit(circles(0), { rng: v }),
  },
];

testBadNumbers(CASES);

const BOOLEANS: BadBooleanCase[] = [
  {
    name: "stratify",
    label: "trainTestSplit(d, { stratify })",
    call: (v) => trainTestSplit(circles(0), { rng: 0, stratify: v }),
  },
  {
    name: "fallback",
    label: "findFashionMnist({ fallback })",
    call: (v) => findFashionMnist({ fallback: v }),
  },
];

testBadBooleans(BOOLEANS);

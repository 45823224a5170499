// The national-scale benchmark has its own issue; until it lands this says so and fails.
console.error('npm run bench: the benchmark is not built yet.');
process.exit(1);

// Scaffolding new content has its own issue; until it lands this says so and fails.
console.error('npm run new: the content scaffolder is not built yet.');
process.exit(1);

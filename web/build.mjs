// Placeholder until the explorer lands: the web bundle step has nothing to build yet.
console.log('web: nothing to build yet');

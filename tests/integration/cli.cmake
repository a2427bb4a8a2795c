# tests: cli

// An action input the schemas accept, for the model and wire tests that vary one field of it.
export const VALID_ACTION_INPUT = {
  id: '5b0f8c1e-6a43-4f6e-9d4b-2a1c3e5f7a90',
  at: '2024-03-14T18:30:00+01:00',
  subgoal: 'U1',
  kind: 'zetkin.call',
  quantity: 12,
  url: 'https://app.zetkin.org/call/42',
};

/** Reads a JSON fixture from test/fixtures/articles, served by the test runner's dev server. */
export async function loadFixture(name: string): Promise<unknown> {
  const response = await fetch(new URL(`../fixtures/articles/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.json();
}

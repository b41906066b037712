/** GET a ChainPulse API path; a problem+json answer becomes an Error carrying its detail. */
export async function fetchApi<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
    throw new Error(problem?.detail ?? `request failed with HTTP ${response.status}`);
  }
  return (await response.json()) as T;
}

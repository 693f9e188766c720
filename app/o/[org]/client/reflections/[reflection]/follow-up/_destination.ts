/** Where the client goes after the question: the attempt they reflected on, or their wins for an inventory entry. */
export function followUpDestination(slug: string, reflection: { attemptId: string | null }): string {
  return reflection.attemptId ? `/o/${slug}/client/practice/attempts/${reflection.attemptId}` : `/o/${slug}/client/wins`;
}

/**
 * A chat request of about `bytes` bytes of realistic prose (deterministic). `numbered`: the prompt opens with a
 * ticket number of eight zeros, which the load generator's `vary` mode overwrites per request.
 */
export function chatBody(bytes: number, model: string, stream: boolean, numbered = false): string {
  const sentences = [
    "Please summarise the attached meeting notes for the quarterly planning review.",
    "The team discussed the migration of the billing service to the new cluster.",
    "Action items include updating the runbook and scheduling a load test next week.",
    "Customers reported slower dashboards during the morning peak on Tuesday.",
    "We agreed to revisit the caching strategy once the metrics are in.",
  ];
  let text = numbered ? "Ticket 00000000. " : "";
  for (let i = 0; text.length < bytes - 120; i++) text += `${sentences[i % sentences.length]} `;
  const body: Record<string, unknown> = { model, messages: [{ role: "system", content: "You are a helpful assistant." }, { role: "user", content: text.trim() }] };
  if (stream) body["stream"] = true;
  return JSON.stringify(body);
}

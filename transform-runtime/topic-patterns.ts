// Which topics a transform reads and what it names its output, from its two config patterns:
// the input pattern is a regular expression over whole topic names; the output pattern is the
// replacement for a match (`$1` and `$<name>` refer to the input's groups, as in Kafka Connect's
// RegexRouter), so a pattern without groups is a literal name. The emulator publishes output
// topics with it and the offline runner routes records with it, so both name topics alike.

export interface TopicPatterns {
  /** Whether the transform reads this topic. */
  readonly accepts: (topic: string) => boolean;
  /** The output topic of a record read from `topic` that no topic function routed. */
  readonly outputTopic: (topic: string) => string;
}

/** Throws a SyntaxError naming the pattern when the input pattern is not a regular expression. */
export function topicPatterns(inputPattern: string, outputPattern: string): TopicPatterns {
  let input: RegExp;
  try {
    input = new RegExp(`^(?:${inputPattern})$`);
  } catch (e) {
    throw new SyntaxError(`the input topic pattern ${JSON.stringify(inputPattern)} is not a regular expression: ${(e as Error).message}`);
  }
  return {
    accepts: (topic) => input.test(topic),
    outputTopic: (topic) => (input.test(topic) ? topic.replace(input, outputPattern) : outputPattern),
  };
}

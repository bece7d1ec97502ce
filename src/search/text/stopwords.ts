/**
 * Words that carry no retrieval signal. Two groups: the usual English function words, and the
 * chatty phrasing of consumer health questions ("hi doctor, I was wondering if you could
 * please tell me…"), which would otherwise match answers that happen to be chatty too.
 * Question words (what/how/why) are dropped here but read by the question-type detector,
 * which sees the raw text.
 */
const FUNCTION_WORDS = `a about above after again against all am an and any are aren as at be because been before being
below between both but by can cannot could couldn did didn do does doesn doing don down during each few for from further
had hadn has hasn have haven having he her here hers herself him himself his how i if in into is isn it its itself just
let me more most my myself no nor not of off on once only or other ought our ours ourselves out over own same she should
shouldn so some such than that the their theirs them themselves then there these they this those through to too under
until up very was wasn we were weren what when where which while who whom why will with won would wouldn you your yours
yourself yourselves s t d ll m re ve y also get got may might must shall etc e g ie eg`;

const CONSUMER_WORDS = `hi hello hey dear sir madam thank thanks thankyou please pls plz wondering wonder wondered
doctor doctors dr physician question questions ask asking asked answer answers reply know knowing tell telling
tells told say says said saying
information info inform regarding regards regard concerning concern kindly help helping appreciate appreciated
anyone someone somebody anybody something anything like would want wanted wants need needs needed looking look find
finding found send sent email mail website site message advise advice suggest suggestion possible possibly really
just please greetings sincerely best kind yes ok okay im ive id dont cant wont isnt doesnt didnt whats name many much
one two currently recently lately thing things way get gets give given go going know known new old`;

export const STOP_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS.split(/\s+/), ...CONSUMER_WORDS.split(/\s+/)].filter(Boolean));

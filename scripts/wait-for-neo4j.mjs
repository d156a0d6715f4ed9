// Waits until the Neo4j named by NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) answers a
// Cypher query over Bolt, then prints the server's version. Argument: seconds to wait (default 60).
// Exit status 0 when it answered, 1 when the time ran out (the last error is printed).
import neo4j from 'neo4j-driver';

const seconds = Number(process.argv[2] ?? 60);
const { NEO4J_URI: uri, NEO4J_USER: user = 'neo4j', NEO4J_PASSWORD: password = '', NEO4J_DATABASE: database = 'neo4j' } = process.env;
if (!uri) {
  console.error('wait-for-neo4j: NEO4J_URI is not set');
  process.exit(1);
}

const deadline = Date.now() + seconds * 1000;
let lastError;
while (Date.now() < deadline) {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    const { records, summary } = await driver.executeQuery('RETURN 1 AS one', {}, { database });
    if (records[0]?.get('one').toNumber() === 1) {
      console.error(`wait-for-neo4j: ${summary.server.agent} answers at ${uri} (database "${database}")`);
      process.exit(0);
    }
  } catch (error) {
    lastError = error;
  } finally {
    await driver.close();
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
console.error(`wait-for-neo4j: no answer from ${uri} within ${seconds} s: ${lastError?.code ?? ''} ${lastError?.message ?? ''}`);
process.exit(1);

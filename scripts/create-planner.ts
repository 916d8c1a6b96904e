import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { Db } from '../server/store/db';
import { migrate } from '../server/store/schema';
import { createUser, findUserForLogin } from '../server/store/users';
import { MIN_PASSWORD_LENGTH } from '../server/auth/password';
import { loadConfig } from '../server/config';

/**
 * `npm run create-planner -- --email anna@kommun.se --name "Anna Planerare"`: creates a planner
 * account. The password is read from PLATSATLAS_PASSWORD or asked for, never from the command line
 * (it would end up in the shell history). Run it while the server is stopped: DuckDB lets one
 * process at a time hold the database file.
 */
const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email || !values.name) {
  console.error('Usage: npm run create-planner -- --email <e-mail> --name "<full name>"');
  process.exit(2);
}
let password = process.env.PLATSATLAS_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  rl.close();
}
if (password.length < MIN_PASSWORD_LENGTH) {
  console.error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  process.exit(2);
}
const config = loadConfig(process.env);
const db = await Db.open(config.dbPath).catch((error: Error) => {
  // DuckDB lets one process hold the file: the running server has it.
  console.error(
    /lock/i.test(error.message)
      ? `${config.dbPath} is in use: stop Platsatlas first, then run this again.`
      : error.message,
  );
  process.exit(1);
});
await migrate(db);
if (await findUserForLogin(db, values.email)) {
  console.error(`An account for ${values.email} exists already.`);
  db.close();
  process.exit(1);
}
const user = await createUser(db, { email: values.email, name: values.name, role: 'planner', password });
console.log(`Created planner ${user.name} <${user.email}> in ${config.dbPath}`);
db.close();

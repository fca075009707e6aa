// Works around prisma/orm#27403: adapter-pg 6.19 cannot deserialise PostgreSQL's `char` (OID 18)
// and `name` (OID 19) columns, which the schema engine reads when it introspects (`db pull`).
// Both are plain text on the wire, so we report them as `text` (OID 25).
import { PrismaPg } from "@prisma/adapter-pg";

type Queryable = { performIO?: (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }> };
type Connectable = { startTransaction?: (...args: unknown[]) => Promise<unknown> };

function patch<T extends object>(queryable: T): T {
  const q = queryable as unknown as Queryable;
  const original = q.performIO?.bind(queryable);
  if (!original) return queryable;
  q.performIO = async (query) => {
    const result = await original(query);
    for (const field of result.fields) if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
    return result;
  };
  const c = queryable as unknown as Connectable;
  const start = c.startTransaction?.bind(queryable);
  if (start) c.startTransaction = async (...args) => patch((await start(...args)) as object);
  return queryable;
}

export function pgAdapterReadingNameColumns(connectionString: string): PrismaPg {
  const factory = new PrismaPg({ connectionString });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patch(await connect());
  return factory;
}

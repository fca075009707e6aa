// A theme filter matches the theme and everything beneath it. The vocabulary is small (tens to
// hundreds of themes), so one query per request loads the whole tree.
import type { Context } from "../../context.ts";

const trees = new WeakMap<Context, Promise<Map<string, string[]>>>();

function childrenByParent(ctx: Context): Promise<Map<string, string[]>> {
  let tree = trees.get(ctx);
  if (!tree) {
    tree = ctx.db.prisma.theme
      .findMany({ select: { id: true, parentId: true }, where: { entity: { deletedAt: null } } })
      .then((themes) => {
        const children = new Map<string, string[]>();
        for (const { id, parentId } of themes) {
          if (parentId) children.set(parentId, [...(children.get(parentId) ?? []), id]);
        }
        return children;
      });
    trees.set(ctx, tree);
  }
  return tree;
}

/** The given themes and all their descendants. */
export async function withSubThemes(ctx: Context, keys: readonly string[]): Promise<string[]> {
  const children = await childrenByParent(ctx);
  const found = new Set<string>();
  const visit = (id: string) => {
    if (found.has(id)) return; // a cycle in bad data must not hang the request
    found.add(id);
    for (const child of children.get(id) ?? []) visit(child);
  };
  keys.forEach(visit);
  return [...found];
}

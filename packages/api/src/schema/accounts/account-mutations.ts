// signUp, signIn, signOut, API tokens and roles. Tokens are bearer tokens:
// `Authorization: Bearer <token>` on every request that needs an account.
import { GraphQLError } from "graphql";
import { AccountError, createToken, revokeToken, signIn, signUp } from "@agora/db";
import { builder } from "../../builder.ts";
import { UserError } from "../edits/user-error.ts";
import { Role, User } from "./user.ts";

interface AuthPayloadShape {
  token: string | null;
  userId: string | null;
  userErrors: { code: string; path: string[]; message: string }[];
}

const AuthPayload = builder.objectRef<AuthPayloadShape>("AuthPayload").implement({
  description: "A token to send as `Authorization: Bearer <token>`, or what was wrong.",
  fields: (t) => ({
    token: t.string({ nullable: true, description: "The secret token. Shown once: Agora keeps only its hash.", resolve: (p) => p.token }),
    user: t.prismaField({
      type: User,
      nullable: true,
      description: "The account.",
      resolve: (query, p, _a, ctx) => (p.userId ? ctx.db.prisma.user.findUnique({ ...query, where: { id: p.userId } }) : null),
    }),
    userErrors: t.field({ type: [UserError], description: "What was wrong; empty on success.", resolve: (p) => p.userErrors }),
  }),
});

const failed = (error: unknown): AuthPayloadShape => {
  if (!(error instanceof AccountError)) throw error;
  return { token: null, userId: null, userErrors: [{ code: error.code, path: error.field ? [error.field] : [], message: error.message }] };
};

builder.mutationField("signUp", (t) =>
  t.field({
    type: AuthPayload,
    description: "Creates a member account and signs it in.",
    args: {
      email: t.arg.string({ required: true, description: "Email address (the sign-in name)." }),
      name: t.arg.string({ required: true, description: "The name shown with contributions." }),
      password: t.arg.string({ required: true, description: "At least 10 characters." }),
    },
    resolve: async (_root, args, ctx) => {
      try {
        await signUp(ctx.db, args);
        const { token, userId } = await signIn(ctx.db, args.email, args.password);
        return { token, userId, userErrors: [] };
      } catch (error) {
        return failed(error);
      }
    },
  }),
);

builder.mutationField("signIn", (t) =>
  t.field({
    type: AuthPayload,
    description: "Signs in with email and password; the token lasts 30 days unless signed out.",
    args: { email: t.arg.string({ required: true, description: "Email address." }), password: t.arg.string({ required: true, description: "Password." }) },
    resolve: async (_root, args, ctx) => {
      try {
        return { ...(await signIn(ctx.db, args.email, args.password)), userErrors: [] };
      } catch (error) {
        return failed(error);
      }
    },
  }),
);

builder.mutationField("signOut", (t) =>
  t.boolean({
    authScopes: { member: true },
    description: "Revokes the token this request was sent with.",
    resolve: async (_root, _args, ctx) => {
      await revokeToken(ctx.db, ctx.actor!.tokenId);
      return true;
    },
  }),
);

builder.mutationField("createApiToken", (t) =>
  t.field({
    type: AuthPayload,
    authScopes: { member: true },
    description: "A named token for a client app acting as you, until revoked (or until `expiresAt`).",
    args: {
      name: t.arg.string({ required: true, description: "What it is for, e.g. the app's name." }),
      expiresAt: t.arg({ type: "DateTime", description: "When it stops working." }),
    },
    resolve: async (_root, args, ctx) => {
      if (!args.name.trim()) return { token: null, userId: null, userErrors: [{ code: "INVALID_INPUT", path: ["name"], message: "must not be empty" }] };
      const { secret } = await createToken(ctx.db, ctx.actor!.userId, "API", args.name.trim(), args.expiresAt ?? null);
      return { token: secret, userId: ctx.actor!.userId, userErrors: [] };
    },
  }),
);

builder.mutationField("revokeToken", (t) =>
  t.boolean({
    authScopes: { member: true },
    description: "Revokes one of your tokens (admins: anyone's). It stops working at once.",
    args: { tokenId: t.arg.string({ required: true, description: "The token's id (see `me { tokens }`)." }) },
    resolve: async (_root, args, ctx) => {
      const token = await ctx.db.prisma.authToken.findUnique({ where: { id: args.tokenId } });
      if (!token || (token.userId !== ctx.actor!.userId && ctx.actor!.role !== "ADMIN")) {
        throw new GraphQLError(`no token of yours has the id "${args.tokenId}"`, { extensions: { code: "NOT_FOUND" } });
      }
      await revokeToken(ctx.db, token.id);
      return true;
    },
  }),
);

builder.mutationField("setUserRole", (t) =>
  t.prismaField({
    type: User,
    authScopes: { admin: true },
    description: "Gives an account a role. Admins only.",
    args: { userId: t.arg.string({ required: true, description: "The account's id." }), role: t.arg({ type: Role, required: true, description: "The new role." }) },
    resolve: async (query, _root, args, ctx) => {
      const user = await ctx.db.prisma.user.findUnique({ where: { id: args.userId } });
      if (!user) throw new GraphQLError(`no account has the id "${args.userId}"`, { extensions: { code: "NOT_FOUND" } });
      return ctx.db.prisma.user.update({ ...query, where: { id: user.id }, data: { role: args.role } });
    },
  }),
);

const ApiToken = builder.prismaObject("AuthToken", {
  name: "ApiToken",
  description: "A bearer token of yours: a sign-in or a named API token. The secret itself is never shown again.",
  fields: (t) => ({
    tokenId: t.exposeString("id", { description: "Its id, for revokeToken." }),
    name: t.exposeString("name", { description: "What it is for." }),
    kind: t.exposeString("kind", { description: "SIGN_IN or API." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was made." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "When it stops working." }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true, description: "When it was revoked." }),
  }),
});

builder.prismaObjectField(User, "tokens", (t) =>
  t.relation("tokens", {
    type: ApiToken,
    description: "Their tokens, newest first: visible to themselves and admins.",
    authScopes: (user, _args, ctx) => (ctx.actor?.userId === user.id ? true : { admin: true }),
    query: { orderBy: { createdAt: "desc" }, take: 100 },
  }),
);

builder.queryField("me", (t) =>
  t.prismaField({
    type: User,
    nullable: true,
    description: "The signed-in account; null for anonymous visitors.",
    resolve: (query, _root, _args, ctx) => (ctx.actor ? ctx.db.prisma.user.findUnique({ ...query, where: { id: ctx.actor.userId } }) : null),
  }),
);

builder.queryField("users", (t) =>
  t.prismaConnection({
    type: User,
    cursor: "id",
    authScopes: { admin: true },
    description: "Every account, newest first. Admins only.",
    totalCount: (_p, _a, ctx) => ctx.db.prisma.user.count(),
    resolve: (query, _root, _args, ctx) => ctx.db.prisma.user.findMany({ ...query, orderBy: [{ createdAt: "desc" }, { id: "asc" }] }),
  }),
);

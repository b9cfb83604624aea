/**
 * A TypeDoc plugin for claimex's zod-derived types (loaded by docs/typedoc.json, after
 * typedoc-plugin-zod, which expands `type X = z.infer<typeof XSchema>` into its object shape).
 *
 * - Names: where a type is one of those public aliases (the return type of extractClaims,
 *   the `claims` field of an Extraction), the docs show the alias (`Extraction`,
 *   `Claim[]`, `Span | null`) instead of the alias's whole shape again.
 * - Descriptions: a field, schema or alias with no doc comment takes the description its
 *   zod schema carries (`.meta({ description })`), the same text the JSON Schema gives it;
 *   a field that is a bare schema (`kind: SentenceKindSchema`) takes that schema's, and a
 *   field built by a helper (`start: offset()`) takes the helper's doc comment.
 *   So the schema stays the one source of the field documentation.
 */
import { Comment, Converter, ArrayType, UnionType, IntrinsicType, LiteralType, ReflectionKind, TypeScript as ts } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {WeakMap<ts.Program, Map<ts.Type, ts.Symbol>>} */
  const aliasesByProgram = new WeakMap();

  const convertType = app.converter.convertType.bind(app.converter);
  app.converter.convertType = (context, typeOrNode, maybeNode) => {
    if (typeOrNode && !('kind' in typeOrNode)) {
      const named = nameType(context, typeOrNode, zodAliases(context));
      if (named) return named;
    }
    return convertType(context, typeOrNode, maybeNode);
  };

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const declarations = context.getSymbolFromReflection(reflection)?.declarations ?? [];
    // A field of a zod object has no default: its "initializer" is its schema.
    if (declarations.some(ts.isPropertyAssignment)) reflection.defaultValue = undefined;
    if (reflection.comment) return;
    const text = declarations.map((d) => declarationDescription(context.checker, d)).find(Boolean);
    if (text) reflection.comment = new Comment([{ kind: 'text', text }]);
  });

  /** The public `z.infer` aliases of the project's own sources: each alias's type → its symbol. */
  function zodAliases(context) {
    const program = context.program;
    let aliases = aliasesByProgram.get(program);
    if (aliases) return aliases;
    aliases = new Map();
    for (const file of program.getSourceFiles()) {
      if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file)) continue;
      for (const statement of file.statements) {
        if (!ts.isTypeAliasDeclaration(statement) || !isZodInfer(statement.type)) continue;
        const symbol = context.checker.getSymbolAtLocation(statement.name);
        if (symbol) aliases.set(context.checker.getTypeAtLocation(statement.name), symbol);
      }
    }
    aliasesByProgram.set(program, aliases);
    return aliases;
  }
}

function isZodInfer(node) {
  return ts.isTypeReferenceNode(node) && node.typeName.getText() === 'z.infer';
}

/**
 * The type as a reference to a public alias, an array of one, or a union of them with null
 * or undefined; undefined when it is none of those, or when it is the alias being documented.
 */
function nameType(context, type, aliases) {
  const symbol = aliases.get(type);
  if (symbol) {
    const scope = context.scope;
    if (scope.kindOf(ReflectionKind.TypeAlias) && scope.name === symbol.name) return undefined;
    return context.createSymbolReference(symbol, context, symbol.name);
  }
  if (context.checker.isArrayType(type)) {
    const [element] = context.checker.getTypeArguments(type);
    const named = element && nameType(context, element, aliases);
    return named && new ArrayType(named);
  }
  if (type.isUnion()) {
    const rest = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    if (rest.length === type.types.length) return undefined;
    const restType = rest.length === 1 ? rest[0] : undefined;
    const named = restType && nameType(context, restType, aliases);
    if (!named) return undefined;
    const empties = type.types.filter((t) => t.flags & ts.TypeFlags.Null).map(() => new LiteralType(null));
    if (type.types.some((t) => t.flags & ts.TypeFlags.Undefined)) empties.push(new IntrinsicType('undefined'));
    return new UnionType([named, ...empties]);
  }
  return undefined;
}

/** The description a declaration's zod schema gives it, if it is a zod schema or a field of one. */
function declarationDescription(checker, declaration) {
  if (ts.isTypeAliasDeclaration(declaration) && isZodInfer(declaration.type)) {
    const [argument] = declaration.type.typeArguments ?? [];
    if (argument && ts.isTypeQueryNode(argument)) return schemaDescription(checker, argument.exprName, new Set());
    return undefined;
  }
  if ((ts.isPropertyAssignment(declaration) || ts.isVariableDeclaration(declaration)) && declaration.initializer) {
    return schemaDescription(checker, declaration.initializer, new Set());
  }
  return undefined;
}

/**
 * The description of a zod schema expression: the outermost `.meta({ description })` in its
 * chain of calls; else that of the schema variable it starts from; else the doc comment of the
 * helper function it starts from.
 */
function schemaDescription(checker, expression, seen) {
  let node = expression;
  for (;;) {
    if (ts.isCallExpression(node)) {
      const described = metaDescription(node);
      if (described) return described;
      if (!ts.isPropertyAccessExpression(node.expression)) return helperComment(checker, node.expression);
      node = node.expression.expression;
    } else if (ts.isIdentifier(node)) {
      return variableDescription(checker, node, seen);
    } else {
      return undefined;
    }
  }
}

/** `X.meta({ description: '...' })` → '...'. */
function metaDescription(call) {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'meta') return undefined;
  const [argument] = call.arguments;
  if (!argument || !ts.isObjectLiteralExpression(argument)) return undefined;
  for (const property of argument.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === 'description' && ts.isStringLiteralLike(property.initializer)) {
      return property.initializer.text;
    }
  }
  return undefined;
}

function variableDescription(checker, identifier, seen) {
  const symbol = resolveAlias(checker, checker.getSymbolAtLocation(identifier));
  const declaration = symbol?.valueDeclaration;
  if (!declaration || seen.has(declaration) || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  seen.add(declaration);
  return schemaDescription(checker, declaration.initializer, seen);
}

/** The doc comment of `offset` in `offset()`, a local helper that makes a schema. */
function helperComment(checker, callee) {
  if (!ts.isIdentifier(callee)) return undefined;
  const symbol = resolveAlias(checker, checker.getSymbolAtLocation(callee));
  if (!symbol?.valueDeclaration || symbol.valueDeclaration.getSourceFile().isDeclarationFile) return undefined;
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker));
  return text || undefined;
}

function resolveAlias(checker, symbol) {
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

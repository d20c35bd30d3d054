global using Pycc.Compiler.Emit;
// The AST's Attribute node, not System.Attribute.
global using Attribute = Pycc.Syntax.Attribute;

using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>
/// docs/api.md lists every stable code the API answers, problems and warnings: a new rule cannot
/// leave the table behind, nor a removed one stay in it. A code is whatever the source passes where a
/// parameter named <c>code</c> (or <c>…Code</c>) is expected, read through Roslyn's binding so that
/// constants and target-typed <c>new(…)</c> count, plus a problem's <c>Extensions["code"]</c>.
/// </summary>
// Compiling the sources takes both cores for a while: in the API tests' collection, never beside them.
[Collection(ApiCollection.Name)]
public class DocumentingProblemCodes
{
    private static readonly Regex CodeRow = new(@"^\|\s*`([^`]+)`\s*\|", RegexOptions.Multiline);

    private static DirectoryInfo Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "docs", "api.md")) && Directory.Exists(Path.Combine(folder.FullName, "src")))
                return folder;
        throw new DirectoryNotFoundException("the repository, above the test's folder");
    }

    [Fact]
    public void Every_code_the_api_answers_has_its_row_in_the_api_page_and_every_row_a_code()
    {
        var root = Root();
        var (codes, unresolved) = CodesIn(Path.Combine(root.FullName, "src"));
        var documented = CodeRow.Matches(CodesSection(File.ReadAllText(Path.Combine(root.FullName, "docs", "api.md"))))
            .Select(m => m.Groups[1].Value).ToHashSet();

        Assert.True(unresolved.Count == 0, "A code that is not a constant: " + string.Join("\n", unresolved));
        Assert.Contains("version.stale", codes);
        Assert.Contains("initiative.already-dropped", codes);
        Assert.True(!codes.Except(documented).Any(), "Not in docs/api.md: " + string.Join(" ", codes.Except(documented).Order()));
        Assert.True(!documented.Except(codes).Any(), "In docs/api.md, answered by nothing: " + string.Join(" ", documented.Except(codes).Order()));
    }

    private static string CodesSection(string page)
    {
        var start = page.IndexOf("#### Every code", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/api.md has no '#### Every code' section");
        var end = page.IndexOf("\n#", start + 1, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    // The web SDK's implicit usings (a superset of the other projects'), which the sources assume.
    private static readonly SyntaxTree ImplicitUsings = CSharpSyntaxTree.ParseText(string.Concat(new[]
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Net.Http.Json", "System.Threading",
        "System.Threading.Tasks", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    }.Select(name => $"global using {name};\n")));

    private static (HashSet<string> Codes, List<string> Unresolved) CodesIn(string src)
    {
        var trees = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f))
            .ToArray();
        // The framework and packages the tests run with; the project's own assemblies are the sources above.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("ConseilsCitoyens", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Codes", trees.Append(ImplicitUsings), references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        // What each parameter named code receives; a quartier's code shares the name, not the shape.
        var given = new Dictionary<ISymbol, Given>(SymbolEqualityComparer.Default);
        Given For(ISymbol parameter) => given.TryGetValue(parameter, out var g) ? g : given[parameter] = new Given();
        var problemCodes = new Given();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            // Every call must bind, or a code passed to it would go unseen; only the regex generator's halves are missing here.
            var errors = model.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795").ToArray();
            Assert.True(errors.Length == 0, string.Join("\n", errors.Take(20)));
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is ArgumentSyntax argument && model.GetOperation(argument) is IArgumentOperation { Parameter: { } parameter } bound
                    && IsCode(parameter.Name))
                    Collect(bound.Value, For(parameter));
                else if (node is ParameterSyntax { Default: { } byDefault } declared && IsCode(declared.Identifier.Text)
                    && model.GetDeclaredSymbol(declared) is { } symbol)
                    Collect(model.GetOperation(byDefault.Value), For(symbol));
                else if (node is AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax element } assignment
                    && element.ArgumentList.Arguments is [{ Expression: LiteralExpressionSyntax { Token.ValueText: "code" } }]
                    && assignment.Parent?.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.Text: "Extensions" } })
                    Collect(model.GetOperation(assignment.Right), problemCodes);
            }
        }
        var codeParameters = given.Values.Where(g => g.Values.Any(IsCodeShaped)).Append(problemCodes).ToArray();
        return (codeParameters.SelectMany(g => g.Values).ToHashSet(StringComparer.Ordinal), codeParameters.SelectMany(g => g.Unresolved).ToList());
    }

    private sealed record Given(List<string> Values, List<string> Unresolved)
    {
        public Given() : this([], []) { }
    }

    private static bool IsCode(string name) => name.Equals("code", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Code", StringComparison.Ordinal);

    private static bool IsCodeShaped(string value) => Regex.IsMatch(value, "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)?$");

    private static void Collect(IOperation? value, Given into)
    {
        switch (value)
        {
            case null:
                return;
            case { ConstantValue: { HasValue: true, Value: string code } }:
                into.Values.Add(code);
                return;
            case IConversionOperation conversion:
                Collect(conversion.Operand, into);
                return;
            case IConditionalOperation conditional:
                Collect(conditional.WhenTrue, into);
                Collect(conditional.WhenFalse, into);
                return;
            // A code passed on: its callers give it. A code read back (a warning's, a refusal's): given where it was made.
            case IParameterReferenceOperation or IPropertyReferenceOperation { Property.Name: "Code" }:
                return;
            default:
                into.Unresolved.Add($"{value.Syntax.GetLocation().GetLineSpan()}: {value.Syntax}");
                return;
        }
    }
}

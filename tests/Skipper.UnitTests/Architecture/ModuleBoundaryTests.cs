using System.Text.RegularExpressions;

namespace Skipper.UnitTests.Architecture;

/// <summary>
/// A module reaches another module only through that module's facade: the types in its root namespace (for example
/// Skipper.Web.Modules.Content.Values.IValuesList), never its Data, pages or handlers. Checked on the source, so a
/// using, a fully qualified name or a Razor @using all count.
/// </summary>
public sealed partial class ModuleBoundaryTests
{
    /// <summary>Each module by its folder under src/Skipper.Web/Modules and its root (facade) namespace.</summary>
    private static readonly (string Folder, string Namespace)[] Modules =
    [
        ("Plans", "Skipper.Web.Modules.Plans"),
        ("Feedback", "Skipper.Web.Modules.Feedback"),
        ("Guide", "Skipper.Web.Modules.Guide"),
        ("Community", "Skipper.Web.Modules.Community"),
        ("Implementation", "Skipper.Web.Modules.Implementation"),
        ("Dashboards", "Skipper.Web.Modules.Dashboards"),
        ("Content/Values", "Skipper.Web.Modules.Content.Values"),
    ];

    [Fact]
    public void Every_folder_under_Modules_is_a_known_module()
    {
        var folders = Directory.GetDirectories(ModulesRoot).SelectMany(d => Path.GetFileName(d) == "Content" ? Directory.GetDirectories(d) : [d])
            .Select(d => Path.GetRelativePath(ModulesRoot, d).Replace('\\', '/'))
            .Order()
            .ToList();
        folders.ShouldBe(Modules.Select(m => m.Folder).Order().ToList());
    }

    [Fact]
    public void A_module_uses_another_module_only_through_its_facade()
    {
        var crossings = new List<string>();
        foreach (var (folder, own) in Modules)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(ModulesRoot, folder), "*.*", SearchOption.AllDirectories)
                         .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)))
            {
                foreach (Match match in ModuleName().Matches(File.ReadAllText(file)))
                {
                    var name = match.Value;
                    var target = Modules.Where(m => name == m.Namespace || name.StartsWith(m.Namespace + ".", StringComparison.Ordinal))
                        .OrderByDescending(m => m.Namespace.Length)
                        .FirstOrDefault();
                    if (target.Namespace is null || target.Namespace == own)
                    {
                        continue;
                    }
                    var rest = name[target.Namespace.Length..];
                    // The facade's own namespace, or one of its types (which start with a capital, namespaces too: so only one level).
                    if (rest.Length == 0 || (rest.Count(c => c == '.') == 1 && !IsNamespace(target.Namespace + rest)))
                    {
                        continue;
                    }
                    crossings.Add($"{Path.GetRelativePath(ModulesRoot, file)} uses {name}");
                }
            }
        }
        crossings.Distinct().ShouldBeEmpty();
    }

    private static bool IsNamespace(string name) =>
        typeof(Skipper.Web.Platform.SkipperOptions).Assembly.GetTypes().Any(t => t.Namespace == name);

    private static string ModulesRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Skipper.slnx")))
            {
                directory = directory.Parent;
            }
            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Skipper.slnx not found above the test's folder"), "src", "Skipper.Web", "Modules");
        }
    }

    [GeneratedRegex(@"Skipper\.Web\.Modules(\.[A-Z][A-Za-z0-9]*)+")]
    private static partial Regex ModuleName();
}

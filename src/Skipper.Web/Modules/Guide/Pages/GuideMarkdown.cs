using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace Skipper.Web.Modules.Guide.Pages;

/// <summary>
/// Turns a guide page's Markdown into the HTML the page shows. Raw HTML in the Markdown is parsed (not escaped)
/// so that the sanitiser can remove it as a whole: a script, an event handler or a javascript: link is gone
/// rather than shown as text. Only ordinary content tags survive; tables get header scopes and their heading.
/// </summary>
public sealed class GuideMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static readonly string[] Tags =
    [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "caption", "thead", "tbody", "tr", "th", "td",
        "a", "em", "strong", "code", "pre", "blockquote", "hr", "br",
    ];

    private readonly HtmlSanitizer sanitizer;

    public GuideMarkdown()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        });
        sanitizer.PostProcessNode += (_, e) => Describe(e.Node);
    }

    public string ToHtml(string markdown) => sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)).Trim();

    /// <summary>Runs after sanitising, so what it adds is ours: scope on column headers, and a table named by the heading above it.</summary>
    private static void Describe(INode node)
    {
        if (node is not IElement element)
        {
            return;
        }
        if (element.LocalName == "th" && element.ParentElement?.ParentElement?.LocalName == "thead")
        {
            element.SetAttribute("scope", "col");
        }
        else if (element.LocalName == "table" && element.PreviousElementSibling is { LocalName: "h2" or "h3" or "h4" } heading)
        {
            var number = element.Owner!.QuerySelectorAll("table").Index(element) + 1;
            var id = $"guide-table-{number}";
            heading.SetAttribute("id", id);
            element.SetAttribute("aria-labelledby", id);
        }
    }
}

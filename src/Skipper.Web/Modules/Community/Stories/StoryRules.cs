using System.Security.Claims;
using Skipper.Web.Modules.Community.Stories.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Stories;

internal static class StoryRules
{
    /// <summary>Stories one author may have waiting for review at once, so the queue cannot be flooded.</summary>
    public const int MaxWaiting = 5;
    public const int PageSize = 20;
    public const int ExcerptLength = 240;

    /// <summary>Output-cache tag of the public story pages; publishing and withdrawing evict it.</summary>
    public const string CacheTag = "community-stories";

    public static Refusal NotFound => Refusal.Of(RefusalKind.NotFound, "Community.Stories.Error.NotFound");

    public static Refusal AlreadyDecided => Refusal.Of(RefusalKind.Conflict, "Community.Stories.Error.AlreadyDecided");

    public sealed record Clean(string Title, string Text, StoryKind Kind);

    public static (Clean Clean, Refusal? Refusal) Check(StoryRequest? request)
    {
        var errors = new List<FieldError>();
        var title = InputRules.Clean(request?.Title);
        var text = InputRules.Clean(request?.Text);
        InputRules.Required(errors, "title", title);
        InputRules.AtMost(errors, "title", title, StoryLimits.Title);
        InputRules.Required(errors, "text", text);
        InputRules.AtMost(errors, "text", text, StoryLimits.Text);
        var kind = StoryKind.Recovery;
        if (!string.IsNullOrWhiteSpace(request?.Kind) && !EnumNames.TryParse(request.Kind, out kind))
        {
            errors.Add(new FieldError("kind", "Community.Stories.Error.Kind"));
        }
        if (request?.Consent != true)
        {
            errors.Add(new FieldError("consent", "Community.Stories.Error.Consent"));
        }
        return (new Clean(title, text, kind), errors.Count > 0 ? InputRules.Invalid(errors) : null);
    }

    public static Refusal? CheckNote(string note)
    {
        var errors = new List<FieldError>();
        InputRules.AtMost(errors, "note", note, StoryLimits.Note);
        return errors.Count > 0 ? InputRules.Invalid(errors) : null;
    }

    /// <summary>The role the author writes in: a person's or relative's own role first, else as staff.</summary>
    public static StoryAuthorRole RoleOf(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Person) ? StoryAuthorRole.Person
        : user.IsInRole(Roles.Relative) ? StoryAuthorRole.Relative
        : StoryAuthorRole.Staff;

    /// <summary>The start of a story for the list, cut at a word.</summary>
    public static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= ExcerptLength)
        {
            return flat;
        }
        var cut = flat.LastIndexOf(' ', ExcerptLength);
        return string.Concat(flat.AsSpan(0, cut > 0 ? cut : ExcerptLength), " …");
    }

    /// <summary>Paragraphs of a plain-text story, split at blank lines; single line breaks stay inside a paragraph.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

using System.Security.Claims;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Plans.Access;

/// <summary>
/// The parts of the plan a person can share with a relative, by the names RelativeShare.Scopes uses and the
/// API uses in its paths (/api/v1/persons/{id}/plan/{part}).
/// </summary>
public static class PlanParts
{
    public const string WhatMatters = "what-matters";
    public const string Goals = "goals";
    public const string Resources = "resources";
    public const string Values = "values";
    public const string Chime = "chime";
    public const string WarningSigns = "warning-signs";
    public const string Meetings = "meetings";
    public const string Decisions = "decisions";

    public static readonly IReadOnlyList<string> All = [WhatMatters, Goals, Resources, Values, Chime, WarningSigns, Meetings, Decisions];

    public static bool IsKnown(string part) => All.Contains(part);

    /// <summary>The known parts named in RelativeShare.Scopes (space-separated), in the order of All.</summary>
    public static IReadOnlyList<string> InScopes(IEnumerable<string> scopes)
    {
        var names = scopes.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        return All.Where(names.Contains).ToList();
    }

    public static IReadOnlyList<string> InScopes(string scopes) => InScopes([scopes]);

    /// <summary>Parts as RelativeShare.Scopes stores them: known names only, space-separated, in the order of All.</summary>
    public static string ToScopes(IEnumerable<string> parts) => string.Join(' ', All.Where(parts.Contains));
}

internal static class Author
{
    /// <summary>The signed-in user as the writer of an entry, now.</summary>
    public static Authorship Of(ClaimsPrincipal user, DateTimeOffset now) =>
        new(user.UserId() ?? Guid.Empty, user.DisplayNameOf(), user.PrimaryRole(), now);
}

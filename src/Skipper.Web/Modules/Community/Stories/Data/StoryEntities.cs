using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.Stories.Data;

/// <summary>A recovery story (my own way back) or a good-practice example (something that worked in a service).</summary>
public enum StoryKind
{
    Recovery,
    GoodPractice,
}

/// <summary>In what role the author wrote: shown with a published story instead of a name.</summary>
public enum StoryAuthorRole
{
    Person,
    Relative,
    Staff,
}

public enum StoryStatus
{
    Submitted,
    Published,
    Declined,
    Withdrawn,
}

/// <summary>
/// A story someone sent in for publication. Not health data: the author chose to share it and ticked consent. A
/// recovery contact reviews only its title, kind and text; the author can withdraw it at any time, and then it is
/// gone from the public pages at once.
/// </summary>
public sealed class Story : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public StoryKind Kind { get; set; }
    public Guid AuthorId { get; set; }
    public StoryAuthorRole AuthorRole { get; set; }

    /// <summary>When the author ticked "I agree that this may be published": a story is never stored without it.</summary>
    public DateTimeOffset ConsentedAt { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public StoryStatus Status { get; set; }
    public Guid? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>The reviewer's short note to the author, if any.</summary>
    public string ReviewNote { get; set; } = "";
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public int Version { get; set; }
}

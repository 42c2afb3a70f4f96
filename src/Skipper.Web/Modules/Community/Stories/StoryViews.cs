using Skipper.Web.Modules.Community.Stories.Data;

namespace Skipper.Web.Modules.Community.Stories;

/// <summary>A story sent in: title, text, the required consent tick, and kind ("recovery" unless "goodPractice").</summary>
public sealed record StoryRequest(string? Title, string? Text, bool? Consent, string? Kind = null);

/// <summary>The reviewer's optional short note to the author, and optionally the version it was read at.</summary>
public sealed record ReviewRequest(string? Note = null, int? Version = null);

/// <summary>One published story in the public list: no name, only the role it was written in.</summary>
public sealed record PublicStorySummary(Guid Id, string Title, StoryKind Kind, StoryAuthorRole AuthorRole, DateTimeOffset PublishedAt, string Excerpt);

public sealed record PublicStoryView(Guid Id, string Title, string Text, StoryKind Kind, StoryAuthorRole AuthorRole, DateTimeOffset PublishedAt);

/// <summary>One page of the public list, newest first.</summary>
public sealed record PublicStoryPage(IReadOnlyList<PublicStorySummary> Stories, int Page, bool HasMore);

/// <summary>The author's own view of a story they sent in, with what became of it.</summary>
public sealed record MyStoryView(
    Guid Id,
    string Title,
    string Text,
    StoryKind Kind,
    StoryStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReviewedAt,
    string ReviewNote,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? WithdrawnAt,
    int Version)
{
    public static MyStoryView From(Story s) =>
        new(s.Id, s.Title, s.Text, s.Kind, s.Status, s.SubmittedAt, s.ReviewedAt, s.ReviewNote, s.PublishedAt, s.WithdrawnAt, s.Version);
}

/// <summary>What a reviewer sees of a waiting story: the submitted title, kind and text, and nothing about who wrote it.</summary>
public sealed record ReviewItem(Guid Id, string Title, StoryKind Kind, string Text, int Version);

/// <summary>What the reviewer's decision left: the story's id, its new status, and its version.</summary>
public sealed record ReviewDecision(Guid Id, StoryStatus Status, int Version);

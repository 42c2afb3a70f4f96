using Skipper.Web.Modules.Plans.Data;

namespace Skipper.Web.Modules.Plans.ViewPlan;

public sealed record ResourceView(Guid Id, ResourceKind Kind, string Text, Authorship WrittenBy, int Version)
{
    public static ResourceView From(PlanResource resource) =>
        new(resource.Id, resource.Kind, resource.Text, resource.WrittenBy, resource.Version);
}

public sealed record ValuesView(IReadOnlyList<string> Chosen, IReadOnlyList<string> Kept, string Reflection, int Version, Authorship? UpdatedBy)
{
    public static readonly ValuesView Empty = new([], [], "", 0, null);

    public static ValuesView From(PlanValues? values) =>
        values is null ? Empty : new(values.Chosen, values.Kept, values.Reflection, values.Version, values.UpdatedBy);
}

/// <summary>All five elements, always in CHIME order (an element never written has empty text and version 0), and every rating.</summary>
public sealed record ChimeView(IReadOnlyList<ChimeNoteView> Notes, IReadOnlyList<ChimeRatingView> Ratings)
{
    public static ChimeView From(IReadOnlyList<ChimeNote> notes, IReadOnlyList<ChimeRating> ratings) => new(
        Enum.GetValues<ChimeElement>().Select(e => ChimeNoteView.From(e, notes.FirstOrDefault(n => n.Element == e))).ToList(),
        ratings.OrderBy(r => r.RatedAt).ThenBy(r => r.Element).Select(r => new ChimeRatingView(r.Element, r.Score, r.RatedAt)).ToList());
}

public sealed record ChimeNoteView(ChimeElement Element, string Text, int Version, Authorship? UpdatedBy)
{
    public static ChimeNoteView From(ChimeElement element, ChimeNote? note) =>
        note is null ? new(element, "", 0, null) : new(element, note.Text, note.Version, note.UpdatedBy);
}

public sealed record ChimeRatingView(ChimeElement Element, int Score, DateTimeOffset RatedAt);

public sealed record WarningSignsView(
    string EarlySigns, string WhatIDo, string WhatOthersDo, string WhoToCall, string CrisisNumbers, int Version, Authorship? UpdatedBy)
{
    public static readonly WarningSignsView Empty = new("", "", "", "", "", 0, null);

    public static WarningSignsView From(WarningSigns? signs) => signs is null
        ? Empty
        : new(signs.EarlySigns, signs.WhatIDo, signs.WhatOthersDo, signs.WhoToCall, signs.CrisisNumbers, signs.Version, signs.UpdatedBy);
}

/// <summary>Meetings newest first, and how many of them the person took part in.</summary>
public sealed record MeetingsView(IReadOnlyList<MeetingView> Items, int Attended, int Total)
{
    public static MeetingsView From(IEnumerable<PlanMeeting> meetings)
    {
        var items = meetings.OrderByDescending(m => m.Date).ThenByDescending(m => m.WrittenBy.At).Select(MeetingView.From).ToList();
        return new(items, items.Count(m => m.PersonAttended), items.Count);
    }
}

public sealed record MeetingView(
    Guid Id, DateOnly Date, string Participants, string Agreed, bool PersonAttended, DateOnly? NextReview, Authorship WrittenBy, int Version)
{
    public static MeetingView From(PlanMeeting m) => new(m.Id, m.Date, m.Participants, m.Agreed, m.PersonAttended, m.NextReview, m.WrittenBy, m.Version);
}

public sealed record DecisionView(
    Guid Id, string Question, string Options, string WhatMattersToMe, string Choice, DateOnly? ReviewOn, Authorship WrittenBy, int Version)
{
    public static DecisionView From(SharedDecision d) => new(d.Id, d.Question, d.Options, d.WhatMattersToMe, d.Choice, d.ReviewOn, d.WrittenBy, d.Version);
}

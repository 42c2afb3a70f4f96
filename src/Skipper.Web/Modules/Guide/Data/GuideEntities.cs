using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Guide.Data;

/// <summary>One page of the guide's Part I in one language, as Markdown. The administrator edits it; it is sanitised on render.</summary>
public sealed class GuidePage : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public required string Slug { get; set; }

    /// <summary>"nb" or "en": the language the page is written in.</summary>
    public required string Culture { get; set; }
    public required string Title { get; set; }
    public required string Markdown { get; set; }
    public int SortOrder { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; }
}

/// <summary>A strategy of the grid an employee wants to practise. Private to that employee.</summary>
public sealed class StrategyMark : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The strategy's key in Content/guide/strategies.json.</summary>
    public required string StrategyKey { get; set; }
    public DateTimeOffset MarkedAt { get; set; }
}

/// <summary>
/// One round of Exercise 1 (my values as a professional): up to 10 chosen, at most 5 kept, my answers to the
/// questions. Private to its author; a later round starts again so the two can be compared.
/// </summary>
public sealed class ValuesExerciseRound : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>1 for the first round, then 2, 3 ... per employee.</summary>
    public int Number { get; set; }
    public List<string> Chosen { get; set; } = [];
    public List<string> Kept { get; set; } = [];
    public string Reflection { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the round first had its kept values (the exercise is done); null while choosing.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>Who Exercise 2 is prepared for: myself, a talk with colleagues, or a talk with a person in recovery.</summary>
public enum ChimeExercisePurpose
{
    Alone,
    Colleagues,
    PersonInRecovery,
}

/// <summary>Exercise 2: what connectedness, hope, identity, meaning and empowerment mean to me. Private to its author.</summary>
public sealed class ChimeExercise : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Connectedness { get; set; } = "";
    public string Hope { get; set; } = "";
    public string Identity { get; set; } = "";
    public string Meaning { get; set; } = "";
    public string Empowerment { get; set; } = "";
    public ChimeExercisePurpose Purpose { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When all five elements first had text (the exercise is done); null until then.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A card of the municipality's reflection deck (Exercise 3): seeded by Skipper or made by a team.</summary>
public sealed class ReflectionCard : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }

    /// <summary>The card's number in the deck, shown on the card (1, 2, 3 ...).</summary>
    public int Number { get; set; }

    /// <summary>The question or case, in Norwegian (or whatever language the team wrote it in).</summary>
    public required string Text { get; set; }

    /// <summary>The English wording, when there is one; the Norwegian text is shown otherwise.</summary>
    public string? TextEn { get; set; }

    /// <summary>True for the cards Skipper seeded; false for the team's own.</summary>
    public bool Seeded { get; set; }

    /// <summary>The department of the team that made it; null for seeded cards.</summary>
    public Guid? DepartmentId { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>A retired card is no longer drawn, but sessions that used it still name it.</summary>
    public DateTimeOffset? RetiredAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A reflection slot held in a staff meeting: which card, how many took part, a short note. No personal data.</summary>
public sealed class ReflectionSession : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid DepartmentId { get; set; }
    public DateOnly HeldOn { get; set; }
    public Guid CardId { get; set; }
    public int Participants { get; set; }
    public string Note { get; set; } = "";
    public Guid LoggedBy { get; set; }
    public DateTimeOffset LoggedAt { get; set; }
}

/// <summary>
/// Systematic ethical reflection (SME) on a dilemma, step by step, saved for the department's team. Anonymised by
/// design: it has no link to a person's record.
/// </summary>
public sealed class EthicsReflection : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid DepartmentId { get; set; }
    public required string Title { get; set; }
    public string Problem { get; set; } = "";
    public string Involved { get; set; } = "";
    public string ValuesAndRules { get; set; } = "";
    public string Options { get; set; } = "";
    public string Choice { get; set; } = "";
    public string Reasons { get; set; } = "";
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A gathering of the recovery contacts' network across the section: date, agenda, who came, notes.</summary>
public sealed class ContactGathering : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public DateOnly HeldOn { get; set; }
    public string Agenda { get; set; } = "";

    /// <summary>The accounts of the recovery contacts (and others) who came.</summary>
    public List<Guid> Attendees { get; set; } = [];
    public string Notes { get; set; } = "";
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

using System.Text.Json;
using Skipper.Web.Modules.Dashboards.Cells;
using Skipper.Web.Modules.Dashboards.Cells.Data;

namespace Skipper.Web.Modules.Dashboards.Figures;

/// <summary>
/// Cells added up. Across departments in one period, people add (a person belongs to one department); across periods
/// they may be the same people, so the largest period's count stands for them, a safe lower bound for hiding. Staff
/// and exercises are counted on a day, so across periods the latest period's count is kept.
/// </summary>
public sealed record CellSum
{
    public static readonly CellSum Empty = new();

    public int EpisodesEnded { get; init; }
    public int EpisodePeople { get; init; }
    public int ChangeEpisodes { get; init; }
    public int ChangePeople { get; init; }
    public int ReliableImprovement { get; init; }
    public int ReliableDeterioration { get; init; }
    public int ClinicalIntake { get; init; }
    public int ClinicalPeople { get; init; }
    public int ClinicallySignificant { get; init; }
    public double SumIntake { get; init; }
    public double SumSqIntake { get; init; }
    public double SumChange { get; init; }
    public int AllianceAnswers { get; init; }
    public int LowAlliance { get; init; }
    public int AlliancePeople { get; init; }
    public int OnTrackKnownPeople { get; init; }
    public int NotOnTrackPeople { get; init; }
    public int RecoveryAnswers { get; init; }
    public int RecoveryPeople { get; init; }
    public double SumSupport { get; init; }
    public int SupportCount { get; init; }
    public double SumRelationship { get; init; }
    public int RelationshipCount { get; init; }
    public int Meetings { get; init; }
    public int MeetingsAttended { get; init; }
    public int MeetingPeople { get; init; }
    public int ReflectionSessions { get; init; }
    public int Staff { get; init; }
    public IReadOnlyDictionary<string, int> ExercisesDone { get; init; } = new Dictionary<string, int>();
    public int RestartRequests { get; init; }
    public int RestartPeople { get; init; }
    public int RestartStillWaiting { get; init; }
    public IReadOnlyDictionary<int, int> WaitDays { get; init; } = new SortedDictionary<int, int>();

    public static CellSum Of(DashboardCell cell) => new()
    {
        EpisodesEnded = cell.EpisodesEnded,
        EpisodePeople = cell.EpisodePeople,
        ChangeEpisodes = cell.ChangeEpisodes,
        ChangePeople = cell.ChangePeople,
        ReliableImprovement = cell.ReliableImprovement,
        ReliableDeterioration = cell.ReliableDeterioration,
        ClinicalIntake = cell.ClinicalIntake,
        ClinicalPeople = cell.ClinicalPeople,
        ClinicallySignificant = cell.ClinicallySignificant,
        SumIntake = cell.SumIntake,
        SumSqIntake = cell.SumSqIntake,
        SumChange = cell.SumChange,
        AllianceAnswers = cell.AllianceAnswers,
        LowAlliance = cell.LowAlliance,
        AlliancePeople = cell.AlliancePeople,
        OnTrackKnownPeople = cell.OnTrackKnownPeople,
        NotOnTrackPeople = cell.NotOnTrackPeople,
        RecoveryAnswers = cell.RecoveryAnswers,
        RecoveryPeople = cell.RecoveryPeople,
        SumSupport = cell.SumSupport,
        SupportCount = cell.SupportCount,
        SumRelationship = cell.SumRelationship,
        RelationshipCount = cell.RelationshipCount,
        Meetings = cell.Meetings,
        MeetingsAttended = cell.MeetingsAttended,
        MeetingPeople = cell.MeetingPeople,
        ReflectionSessions = cell.ReflectionSessions,
        Staff = cell.Staff,
        ExercisesDone = Exercises(cell.ExercisesDoneJson),
        RestartRequests = cell.RestartRequests,
        RestartPeople = cell.RestartPeople,
        RestartStillWaiting = cell.RestartStillWaiting,
        WaitDays = WaitHistogram.FromJson(cell.RestartWaitDaysJson),
    };

    /// <summary>Departments of one period together: every count adds, people too.</summary>
    public static CellSum Departments(IEnumerable<CellSum> cells) => cells.Aggregate(Empty, (a, b) => Combine(a, b, peopleAdd: true));

    /// <summary>Periods one after another (oldest first): counts add, people are the largest period's, staff the latest's.</summary>
    public static CellSum Periods(IEnumerable<CellSum> cells) => cells.Aggregate(Empty, (a, b) => Combine(a, b, peopleAdd: false));

    private static CellSum Combine(CellSum a, CellSum b, bool peopleAdd)
    {
        int People(int x, int y) => peopleAdd ? x + y : Math.Max(x, y);
        return new CellSum
        {
            EpisodesEnded = a.EpisodesEnded + b.EpisodesEnded,
            EpisodePeople = People(a.EpisodePeople, b.EpisodePeople),
            ChangeEpisodes = a.ChangeEpisodes + b.ChangeEpisodes,
            ChangePeople = People(a.ChangePeople, b.ChangePeople),
            ReliableImprovement = a.ReliableImprovement + b.ReliableImprovement,
            ReliableDeterioration = a.ReliableDeterioration + b.ReliableDeterioration,
            ClinicalIntake = a.ClinicalIntake + b.ClinicalIntake,
            ClinicalPeople = People(a.ClinicalPeople, b.ClinicalPeople),
            ClinicallySignificant = a.ClinicallySignificant + b.ClinicallySignificant,
            SumIntake = a.SumIntake + b.SumIntake,
            SumSqIntake = a.SumSqIntake + b.SumSqIntake,
            SumChange = a.SumChange + b.SumChange,
            AllianceAnswers = a.AllianceAnswers + b.AllianceAnswers,
            LowAlliance = a.LowAlliance + b.LowAlliance,
            AlliancePeople = People(a.AlliancePeople, b.AlliancePeople),
            OnTrackKnownPeople = a.OnTrackKnownPeople + b.OnTrackKnownPeople,
            NotOnTrackPeople = a.NotOnTrackPeople + b.NotOnTrackPeople,
            RecoveryAnswers = a.RecoveryAnswers + b.RecoveryAnswers,
            RecoveryPeople = People(a.RecoveryPeople, b.RecoveryPeople),
            SumSupport = a.SumSupport + b.SumSupport,
            SupportCount = a.SupportCount + b.SupportCount,
            SumRelationship = a.SumRelationship + b.SumRelationship,
            RelationshipCount = a.RelationshipCount + b.RelationshipCount,
            Meetings = a.Meetings + b.Meetings,
            MeetingsAttended = a.MeetingsAttended + b.MeetingsAttended,
            MeetingPeople = People(a.MeetingPeople, b.MeetingPeople),
            ReflectionSessions = a.ReflectionSessions + b.ReflectionSessions,
            Staff = peopleAdd ? a.Staff + b.Staff : b.Staff,
            ExercisesDone = peopleAdd ? AddCounts(a.ExercisesDone, b.ExercisesDone) : b.ExercisesDone,
            RestartRequests = a.RestartRequests + b.RestartRequests,
            RestartPeople = People(a.RestartPeople, b.RestartPeople),
            RestartStillWaiting = a.RestartStillWaiting + b.RestartStillWaiting,
            WaitDays = WaitHistogram.Merge([a.WaitDays, b.WaitDays]),
        };
    }

    private static Dictionary<string, int> AddCounts(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Keys.Union(b.Keys).ToDictionary(k => k, k => a.GetValueOrDefault(k) + b.GetValueOrDefault(k));

    private static Dictionary<string, int> Exercises(string? json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

namespace Skipper.Web.Modules.Implementation;

/// <summary>A target for peer workers (seeds/004: double them by 2020): positions and/or FTE by the end of a year.</summary>
public sealed record PeerTarget(int Year, int? Positions, double? Fte);

/// <summary>Peer-worker positions in force on a day: how many, and their full-time equivalents (1.0 = one full position).</summary>
/// <param name="DepartmentId">null for the section: every department together, against the section's own target.</param>
public sealed record PeerWorkforceFigures(Guid? DepartmentId, int Positions, double Fte, PeerTarget? Target);

/// <summary>
/// The Implementation module's facade for leaders' figures: peer-worker positions (not personal health data, so
/// never hidden) per department and for the section, each against its target.
/// </summary>
public interface IPeerWorkforce
{
    /// <summary>
    /// One row per department of the municipality and one for the section (DepartmentId null): the positions in force
    /// on <paramref name="day"/>, with the target for that day's year, or else the next later year that has one.
    /// </summary>
    Task<IReadOnlyList<PeerWorkforceFigures>> OnDayAsync(DateOnly day, CancellationToken cancellationToken = default);
}

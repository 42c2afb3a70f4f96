using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Dashboards.Cells.Data;

internal sealed class DashboardCellConfiguration : IEntityTypeConfiguration<DashboardCell>
{
    public const int ExercisesJson = 400;
    public const int WaitDaysJson = 8000;

    public void Configure(EntityTypeBuilder<DashboardCell> builder)
    {
        builder.ToTable("DashboardCells");
        builder.HasKey(c => new { c.TenantId, c.DepartmentId, c.Grain, c.PeriodStart });
        // A dashboard reads every department's cells of one grain over a run of periods.
        builder.HasIndex(c => new { c.TenantId, c.Grain, c.PeriodStart });
        builder.Property(c => c.Grain).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.ExercisesDoneJson).HasMaxLength(ExercisesJson);
        builder.Property(c => c.RestartWaitDaysJson).HasMaxLength(WaitDaysJson);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Identity.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class SessionReauthenticatedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReauthenticatedAt",
                schema: "identity",
                table: "Sessions",
                type: "datetimeoffset",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReauthenticatedAt",
                schema: "identity",
                table: "Sessions");
        }
    }
}

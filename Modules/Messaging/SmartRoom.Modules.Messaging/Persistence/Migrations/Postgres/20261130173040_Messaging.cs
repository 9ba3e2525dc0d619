using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Messaging.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Messaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "messaging");

            migrationBuilder.CreateTable(
                name: "ConversationParticipants",
                schema: "messaging",
                columns: table => new
                {
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationParticipants", x => new { x.ConversationId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "Conversations",
                schema: "messaging",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectSealed = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastMessageAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MessageCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FaqAudiences",
                schema: "messaging",
                columns: table => new
                {
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FaqAudiences", x => new { x.QuestionId, x.GroupId });
                });

            migrationBuilder.CreateTable(
                name: "GroupQuestionLimits",
                schema: "messaging",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Limit = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupQuestionLimits", x => new { x.RoomId, x.GroupId });
                });

            migrationBuilder.CreateTable(
                name: "Groups",
                schema: "messaging",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Groups", x => new { x.RoomId, x.GroupId });
                });

            migrationBuilder.CreateTable(
                name: "Members",
                schema: "messaging",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    AccessExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RemovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => new { x.RoomId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "MembershipReplays",
                schema: "messaging",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipReplays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MessageAttachments",
                schema: "messaging",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessageAttachments", x => new { x.MessageId, x.DocumentId });
                });

            migrationBuilder.CreateTable(
                name: "Messages",
                schema: "messaging",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    SenderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    BodySealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    BodySha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EditedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QaExperts",
                schema: "messaging",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Categories = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QaExperts", x => new { x.RoomId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "QaReminders",
                schema: "messaging",
                columns: table => new
                {
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QaReminders", x => new { x.QuestionId, x.Kind, x.DueAt });
                });

            migrationBuilder.CreateTable(
                name: "QaSettings",
                schema: "messaging",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    Categories = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DueBusinessDays = table.Column<int>(type: "integer", nullable: false),
                    DefaultGroupLimit = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QaSettings", x => x.RoomId);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                schema: "messaging",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    AskedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AskerGroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    TitleSealed = table.Column<byte[]>(type: "bytea", nullable: false),
                    BodySealed = table.Column<byte[]>(type: "bytea", nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssigneeId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DraftSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    DraftedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DraftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnswerSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    AnswerSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApprovedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeclineReasonSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    DeclinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FaqScope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FaqPublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoomKeys",
                schema: "messaging",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Wrapped = table.Column<byte[]>(type: "bytea", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoomKeys", x => x.RoomId);
                });

            migrationBuilder.CreateTable(
                name: "Rooms",
                schema: "messaging",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IpAllowList = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IpAllowListUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rooms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupportGrants",
                schema: "messaging",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MayReadMessages = table.Column<bool>(type: "boolean", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportGrants", x => x.RequestId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConversationParticipants_RoomId_UserId",
                schema: "messaging",
                table: "ConversationParticipants",
                columns: new[] { "RoomId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_RoomId_LastMessageAt",
                schema: "messaging",
                table: "Conversations",
                columns: new[] { "RoomId", "LastMessageAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_RoomId_StartedBy",
                schema: "messaging",
                table: "Conversations",
                columns: new[] { "RoomId", "StartedBy" });

            migrationBuilder.CreateIndex(
                name: "IX_FaqAudiences_GroupId",
                schema: "messaging",
                table: "FaqAudiences",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Members_RoomId_GroupId",
                schema: "messaging",
                table: "Members",
                columns: new[] { "RoomId", "GroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_UserId",
                schema: "messaging",
                table: "Members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ConversationId_CreatedAt",
                schema: "messaging",
                table: "Messages",
                columns: new[] { "ConversationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ConversationId_Number",
                schema: "messaging",
                table: "Messages",
                columns: new[] { "ConversationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Messages_RoomId_CreatedAt",
                schema: "messaging",
                table: "Messages",
                columns: new[] { "RoomId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_RoomId_AskerGroupId_Status",
                schema: "messaging",
                table: "Questions",
                columns: new[] { "RoomId", "AskerGroupId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_RoomId_Number",
                schema: "messaging",
                table: "Questions",
                columns: new[] { "RoomId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Questions_RoomId_Status_DueAt",
                schema: "messaging",
                table: "Questions",
                columns: new[] { "RoomId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Status_DueAt",
                schema: "messaging",
                table: "Questions",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportGrants_RoomId_UserId",
                schema: "messaging",
                table: "SupportGrants",
                columns: new[] { "RoomId", "UserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConversationParticipants",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "Conversations",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "FaqAudiences",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "GroupQuestionLimits",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "Groups",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "Members",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "MembershipReplays",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "MessageAttachments",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "Messages",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "QaExperts",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "QaReminders",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "QaSettings",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "Questions",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "RoomKeys",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "Rooms",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "SupportGrants",
                schema: "messaging");
        }
    }
}

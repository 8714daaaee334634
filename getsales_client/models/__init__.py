"""The data models of the API, imported on first use.

Importing this package is cheap: a model's module is loaded the first time its name is read
(PEP 562), so a program pays only for the models it uses. Type checkers see every name.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity import Activity
    from .activity_list import ActivityList
    from .activity_payload import ActivityPayload
    from .add_company_to_blacklist_body import AddCompanyToBlacklistBody
    from .add_lead_to_blacklist_body import AddLeadToBlacklistBody
    from .add_new_lead_to_flow_body import AddNewLeadToFlowBody
    from .add_new_lead_to_flow_body_custom_fields import (
        AddNewLeadToFlowBodyCustomFields,
    )
    from .add_new_lead_to_flow_response_200_type_0 import (
        AddNewLeadToFlowResponse200Type0,
    )
    from .ai_agent import AiAgent
    from .ai_agent_classification_llm_config import AiAgentClassificationLlmConfig
    from .ai_agent_list import AiAgentList
    from .ai_agent_metric import AiAgentMetric
    from .ai_agent_metrics import AiAgentMetrics
    from .ai_agent_statuses_item import AiAgentStatusesItem
    from .ai_template import AiTemplate
    from .ai_template_attachments_item import AiTemplateAttachmentsItem
    from .ai_template_list import AiTemplateList
    from .ai_template_llm_config import AiTemplateLlmConfig
    from .ai_template_render import AiTemplateRender
    from .ai_template_render_validation_history_item import (
        AiTemplateRenderValidationHistoryItem,
    )
    from .ai_template_settings import AiTemplateSettings
    from .ai_template_type import AiTemplateType
    from .ai_template_validation_llm_config import AiTemplateValidationLlmConfig
    from .attachment_ref import AttachmentRef
    from .browser_log import BrowserLog
    from .browser_log_list import BrowserLogList
    from .browser_log_payload import BrowserLogPayload
    from .cancel_flow_lead_body import CancelFlowLeadBody
    from .check_proxy_body import CheckProxyBody
    from .classify_lead_body import ClassifyLeadBody
    from .classify_lead_body_lead import ClassifyLeadBodyLead
    from .classify_lead_response_200 import ClassifyLeadResponse200
    from .company import Company
    from .company_aggregation import CompanyAggregation
    from .company_aggregation_markers import CompanyAggregationMarkers
    from .company_blacklist_entry import CompanyBlacklistEntry
    from .company_blacklist_entry_list import CompanyBlacklistEntryList
    from .company_custom_fields import CompanyCustomFields
    from .company_filter import CompanyFilter
    from .company_hq_location_item import CompanyHqLocationItem
    from .company_list import CompanyList
    from .company_selection import CompanySelection
    from .connect_external_browser_body import ConnectExternalBrowserBody
    from .connect_external_browser_body_daily_limits import (
        ConnectExternalBrowserBodyDailyLimits,
    )
    from .connect_smtp_imap_mailbox_body import ConnectSmtpImapMailboxBody
    from .contact_source import ContactSource
    from .contact_source_filter_tree_format import ContactSourceFilterTreeFormat
    from .contact_source_mass_actions_filter import ContactSourceMassActionsFilter
    from .count_leads_body import CountLeadsBody
    from .count_leads_response_200 import CountLeadsResponse200
    from .create_ai_agent_body import CreateAiAgentBody
    from .create_ai_agent_body_classification_llm_config import (
        CreateAiAgentBodyClassificationLlmConfig,
    )
    from .create_ai_template_body import CreateAiTemplateBody
    from .create_ai_template_body_is_public import CreateAiTemplateBodyIsPublic
    from .create_ai_template_body_llm_config import CreateAiTemplateBodyLlmConfig
    from .create_ai_template_body_settings import CreateAiTemplateBodySettings
    from .create_company_body import CreateCompanyBody
    from .create_company_body_companies_item import CreateCompanyBodyCompaniesItem
    from .create_custom_field_body import CreateCustomFieldBody
    from .create_data_source_body import CreateDataSourceBody
    from .create_data_source_body_payload import CreateDataSourceBodyPayload
    from .create_flow_body import CreateFlowBody
    from .create_flow_version_body import CreateFlowVersionBody
    from .create_flow_workspace_body import CreateFlowWorkspaceBody
    from .create_leads_body import CreateLeadsBody
    from .create_linkedin_browser_body import CreateLinkedinBrowserBody
    from .create_list_body import CreateListBody
    from .create_llm_connection_body import CreateLlmConnectionBody
    from .create_note_body import CreateNoteBody
    from .create_pipeline_stage_body import CreatePipelineStageBody
    from .create_sender_profile_body import CreateSenderProfileBody
    from .create_tag_body import CreateTagBody
    from .create_webhook_body import CreateWebhookBody
    from .create_webhook_body_filters import CreateWebhookBodyFilters
    from .custom_field import CustomField
    from .custom_field_list import CustomFieldList
    from .data_source import DataSource
    from .data_source_errors_item import DataSourceErrorsItem
    from .data_source_list import DataSourceList
    from .data_source_metric import DataSourceMetric
    from .data_source_metrics import DataSourceMetrics
    from .data_source_metrics_body import DataSourceMetricsBody
    from .data_source_payload import DataSourcePayload
    from .data_source_status import DataSourceStatus
    from .data_source_type import DataSourceType
    from .delete_mailbox_body import DeleteMailboxBody
    from .download_export_body import DownloadExportBody
    from .email import Email
    from .email_body import EmailBody
    from .email_body_attachments_item import EmailBodyAttachmentsItem
    from .email_list import EmailList
    from .email_type import EmailType
    from .enrich_companies_body import EnrichCompaniesBody
    from .enrich_companies_response_200 import EnrichCompaniesResponse200
    from .enrich_leads_body import EnrichLeadsBody
    from .enrich_leads_response_200 import EnrichLeadsResponse200
    from .enrichment_queue_entry import EnrichmentQueueEntry
    from .enrichment_queue_entry_list import EnrichmentQueueEntryList
    from .enrichment_queue_entry_status import EnrichmentQueueEntryStatus
    from .enrichment_queue_metrics_response_200 import EnrichmentQueueMetricsResponse200
    from .error_envelope import ErrorEnvelope
    from .error_envelope_error import ErrorEnvelopeError
    from .error_envelope_error_data import ErrorEnvelopeErrorData
    from .export_companies_body import ExportCompaniesBody
    from .export_leads_body import ExportLeadsBody
    from .file_export import FileExport
    from .file_export_filter import FileExportFilter
    from .file_export_result import FileExportResult
    from .file_import import FileImport
    from .file_import_matches import FileImportMatches
    from .file_import_payload import FileImportPayload
    from .flow import Flow
    from .flow_lead import FlowLead
    from .flow_lead_list import FlowLeadList
    from .flow_list import FlowList
    from .flow_metric import FlowMetric
    from .flow_metric_task_counts import FlowMetricTaskCounts
    from .flow_metrics import FlowMetrics
    from .flow_node import FlowNode
    from .flow_node_statistic import FlowNodeStatistic
    from .flow_node_statistic_node_branches import FlowNodeStatisticNodeBranches
    from .flow_node_statistic_node_statuses import FlowNodeStatisticNodeStatuses
    from .flow_node_statistics import FlowNodeStatistics
    from .flow_status import FlowStatus
    from .flow_version import FlowVersion
    from .flow_version_list import FlowVersionList
    from .flow_workspace import FlowWorkspace
    from .flow_workspace_list import FlowWorkspaceList
    from .get_ai_agent_metrics_body import GetAiAgentMetricsBody
    from .get_first_linkedin_browser_body import GetFirstLinkedinBrowserBody
    from .get_first_linkedin_browser_body_filter import (
        GetFirstLinkedinBrowserBodyFilter,
    )
    from .get_flow_metrics_body import GetFlowMetricsBody
    from .get_flow_node_statistics_body import GetFlowNodeStatisticsBody
    from .get_flow_node_statistics_body_filter import GetFlowNodeStatisticsBodyFilter
    from .get_lead_metrics_body import GetLeadMetricsBody
    from .get_lead_metrics_body_filter import GetLeadMetricsBodyFilter
    from .get_lead_metrics_body_group_by import GetLeadMetricsBodyGroupBy
    from .get_lead_metrics_body_metrics_item import GetLeadMetricsBodyMetricsItem
    from .get_lead_metrics_response_200 import GetLeadMetricsResponse200
    from .get_lead_metrics_response_200_metrics import GetLeadMetricsResponse200Metrics
    from .get_lead_metrics_response_200_metrics_additional_property import (
        GetLeadMetricsResponse200MetricsAdditionalProperty,
    )
    from .get_lead_metrics_response_200_total import GetLeadMetricsResponse200Total
    from .get_linkedin_message_group_counts_body import (
        GetLinkedinMessageGroupCountsBody,
    )
    from .get_linkedin_message_group_counts_body_filter import (
        GetLinkedinMessageGroupCountsBodyFilter,
    )
    from .get_linkedin_message_group_counts_response_200 import (
        GetLinkedinMessageGroupCountsResponse200,
    )
    from .get_sender_profile_metrics_body import GetSenderProfileMetricsBody
    from .get_sender_profile_metrics_response_200 import (
        GetSenderProfileMetricsResponse200,
    )
    from .get_task_metrics_body import GetTaskMetricsBody
    from .get_task_metrics_response_200 import GetTaskMetricsResponse200
    from .get_task_schedule_response_200 import GetTaskScheduleResponse200
    from .import_companies_from_file_body import ImportCompaniesFromFileBody
    from .import_leads_from_file_body import ImportLeadsFromFileBody
    from .lead import Lead
    from .lead_aggregation import LeadAggregation
    from .lead_aggregation_flows_item import LeadAggregationFlowsItem
    from .lead_aggregation_markers import LeadAggregationMarkers
    from .lead_blacklist_entry import LeadBlacklistEntry
    from .lead_blacklist_entry_list import LeadBlacklistEntryList
    from .lead_custom_fields import LeadCustomFields
    from .lead_educations_item import LeadEducationsItem
    from .lead_experience_item import LeadExperienceItem
    from .lead_filter import LeadFilter
    from .lead_input import LeadInput
    from .lead_input_custom_fields import LeadInputCustomFields
    from .lead_list import LeadList
    from .lead_location_item import LeadLocationItem
    from .lead_posts_item import LeadPostsItem
    from .lead_selection import LeadSelection
    from .lead_unread_counts_item import LeadUnreadCountsItem
    from .linked_in_browser import LinkedInBrowser
    from .linked_in_browser_list import LinkedInBrowserList
    from .linked_in_browser_status import LinkedInBrowserStatus
    from .linked_in_message import LinkedInMessage
    from .linked_in_message_attachments_item import LinkedInMessageAttachmentsItem
    from .linked_in_message_automation import LinkedInMessageAutomation
    from .linked_in_message_linkedin_type import LinkedInMessageLinkedinType
    from .linked_in_message_list import LinkedInMessageList
    from .linked_in_message_status import LinkedInMessageStatus
    from .linked_in_message_type import LinkedInMessageType
    from .list_ import List
    from .list_browser_logs_body import ListBrowserLogsBody
    from .list_browser_logs_body_filter import ListBrowserLogsBodyFilter
    from .list_companies_body import ListCompaniesBody
    from .list_flow_leads_body import ListFlowLeadsBody
    from .list_flow_leads_body_filter import ListFlowLeadsBodyFilter
    from .list_linkedin_browsers_body import ListLinkedinBrowsersBody
    from .list_linkedin_browsers_body_filter import ListLinkedinBrowsersBodyFilter
    from .list_list import ListList
    from .llm_config_options import LlmConfigOptions
    from .llm_config_options_additional_property import (
        LlmConfigOptionsAdditionalProperty,
    )
    from .llm_config_options_additional_property_models_item import (
        LlmConfigOptionsAdditionalPropertyModelsItem,
    )
    from .llm_connection import LlmConnection
    from .llm_connection_list import LlmConnectionList
    from .lookup_company_body import LookupCompanyBody
    from .lookup_company_body_lookups_item import LookupCompanyBodyLookupsItem
    from .lookup_one_lead_body import LookupOneLeadBody
    from .mailbox import Mailbox
    from .mailbox_connection_settings import MailboxConnectionSettings
    from .mailbox_list import MailboxList
    from .mass_action_leads_body import MassActionLeadsBody
    from .mass_action_leads_body_payload import MassActionLeadsBodyPayload
    from .mass_action_leads_body_type import MassActionLeadsBodyType
    from .mass_action_leads_response_200 import MassActionLeadsResponse200
    from .mass_action_leads_response_200_mass_action import (
        MassActionLeadsResponse200MassAction,
    )
    from .node_edge import NodeEdge
    from .note_list import NoteList
    from .note_record import Note
    from .object_type import ObjectType
    from .page_counters import PageCounters
    from .pipeline_stage import PipelineStage
    from .pipeline_stage_category import PipelineStageCategory
    from .pipeline_stage_list import PipelineStageList
    from .pipeline_stage_type import PipelineStageType
    from .proxy_check_result import ProxyCheckResult
    from .proxy_config import ProxyConfig
    from .proxy_country import ProxyCountry
    from .proxy_country_list import ProxyCountryList
    from .reconnect_mailbox_to_smtp_body import ReconnectMailboxToSmtpBody
    from .render_ai_template_body import RenderAiTemplateBody
    from .render_ai_template_body_llm_config import RenderAiTemplateBodyLlmConfig
    from .render_ai_template_body_settings import RenderAiTemplateBodySettings
    from .schedule import Schedule
    from .search_leads_body import SearchLeadsBody
    from .send_email_body import SendEmailBody
    from .send_email_response_201 import SendEmailResponse201
    from .send_linkedin_message_body import SendLinkedinMessageBody
    from .sender_profile import SenderProfile
    from .sender_profile_list import SenderProfileList
    from .sender_profile_status import SenderProfileStatus
    from .set_browser_proxy_body import SetBrowserProxyBody
    from .share_browser_body import ShareBrowserBody
    from .smtp_imap_settings import SmtpImapSettings
    from .sort_direction import SortDirection
    from .stop_linkedin_browser_body import StopLinkedinBrowserBody
    from .stop_linkedin_browser_body_now import StopLinkedinBrowserBodyNow
    from .tag import Tag
    from .tag_list import TagList
    from .task import Task
    from .task_automation import TaskAutomation
    from .task_list import TaskList
    from .task_payload import TaskPayload
    from .task_payload_attachments_item import TaskPayloadAttachmentsItem
    from .team import Team
    from .team_config import TeamConfig
    from .team_credits import TeamCredits
    from .team_features import TeamFeatures
    from .team_list import TeamList
    from .test_webhook_body import TestWebhookBody
    from .timeblock import Timeblock
    from .update_ai_agent_body import UpdateAiAgentBody
    from .update_ai_agent_body_classification_llm_config import (
        UpdateAiAgentBodyClassificationLlmConfig,
    )
    from .update_ai_template_body import UpdateAiTemplateBody
    from .update_ai_template_body_llm_config import UpdateAiTemplateBodyLlmConfig
    from .update_ai_template_body_settings import UpdateAiTemplateBodySettings
    from .update_company_body import UpdateCompanyBody
    from .update_company_body_custom_fields import UpdateCompanyBodyCustomFields
    from .update_custom_field_body import UpdateCustomFieldBody
    from .update_data_source_body import UpdateDataSourceBody
    from .update_data_source_body_payload import UpdateDataSourceBodyPayload
    from .update_flow_body import UpdateFlowBody
    from .update_flow_workspace_body import UpdateFlowWorkspaceBody
    from .update_lead_body import UpdateLeadBody
    from .update_lead_body_custom_fields import UpdateLeadBodyCustomFields
    from .update_linkedin_browser_body import UpdateLinkedinBrowserBody
    from .update_list_body import UpdateListBody
    from .update_llm_connection_body import UpdateLlmConnectionBody
    from .update_note_body import UpdateNoteBody
    from .update_pipeline_stage_body import UpdatePipelineStageBody
    from .update_sender_profile_body import UpdateSenderProfileBody
    from .update_tag_body import UpdateTagBody
    from .update_webhook_body import UpdateWebhookBody
    from .update_webhook_body_filters import UpdateWebhookBodyFilters
    from .upload_csv_body import UploadCsvBody
    from .upload_csv_body_type import UploadCsvBodyType
    from .upsert_lead_body import UpsertLeadBody
    from .upsert_lead_body_custom_fields import UpsertLeadBodyCustomFields
    from .user import User
    from .user_config import UserConfig
    from .user_whitelabel import UserWhitelabel
    from .validate_contact_source_body import ValidateContactSourceBody
    from .validate_contact_source_body_options import ValidateContactSourceBodyOptions
    from .validate_flow_node_body import ValidateFlowNodeBody
    from .webhook import Webhook
    from .webhook_contact_markers import WebhookContactMarkers
    from .webhook_conversation_thread import WebhookConversationThread
    from .webhook_delivery import WebhookDelivery
    from .webhook_delivery_envelope import WebhookDeliveryEnvelope
    from .webhook_email import WebhookEmail
    from .webhook_email_type import WebhookEmailType
    from .webhook_event import WebhookEvent
    from .webhook_filters import WebhookFilters
    from .webhook_linked_in_connection import WebhookLinkedInConnection
    from .webhook_linked_in_connection_request import WebhookLinkedInConnectionRequest
    from .webhook_linked_in_message import WebhookLinkedInMessage
    from .webhook_linked_in_message_attachments_item import (
        WebhookLinkedInMessageAttachmentsItem,
    )
    from .webhook_linked_in_message_automation import WebhookLinkedInMessageAutomation
    from .webhook_linked_in_message_linkedin_type import (
        WebhookLinkedInMessageLinkedinType,
    )
    from .webhook_linked_in_message_status import WebhookLinkedInMessageStatus
    from .webhook_linked_in_message_type import WebhookLinkedInMessageType
    from .webhook_list import WebhookList
    from .webhook_request_method import WebhookRequestMethod
    from .webhook_status import WebhookStatus
    from .webhook_test_result import WebhookTestResult
    from .webhook_test_result_headers import WebhookTestResultHeaders

_MODULES = {
    "Activity": ".activity",
    "ActivityList": ".activity_list",
    "ActivityPayload": ".activity_payload",
    "AddCompanyToBlacklistBody": ".add_company_to_blacklist_body",
    "AddLeadToBlacklistBody": ".add_lead_to_blacklist_body",
    "AddNewLeadToFlowBody": ".add_new_lead_to_flow_body",
    "AddNewLeadToFlowBodyCustomFields": ".add_new_lead_to_flow_body_custom_fields",
    "AddNewLeadToFlowResponse200Type0": ".add_new_lead_to_flow_response_200_type_0",
    "AiAgent": ".ai_agent",
    "AiAgentClassificationLlmConfig": ".ai_agent_classification_llm_config",
    "AiAgentList": ".ai_agent_list",
    "AiAgentMetric": ".ai_agent_metric",
    "AiAgentMetrics": ".ai_agent_metrics",
    "AiAgentStatusesItem": ".ai_agent_statuses_item",
    "AiTemplate": ".ai_template",
    "AiTemplateAttachmentsItem": ".ai_template_attachments_item",
    "AiTemplateList": ".ai_template_list",
    "AiTemplateLlmConfig": ".ai_template_llm_config",
    "AiTemplateRender": ".ai_template_render",
    "AiTemplateRenderValidationHistoryItem": ".ai_template_render_validation_history_item",
    "AiTemplateSettings": ".ai_template_settings",
    "AiTemplateType": ".ai_template_type",
    "AiTemplateValidationLlmConfig": ".ai_template_validation_llm_config",
    "AttachmentRef": ".attachment_ref",
    "BrowserLog": ".browser_log",
    "BrowserLogList": ".browser_log_list",
    "BrowserLogPayload": ".browser_log_payload",
    "CancelFlowLeadBody": ".cancel_flow_lead_body",
    "CheckProxyBody": ".check_proxy_body",
    "ClassifyLeadBody": ".classify_lead_body",
    "ClassifyLeadBodyLead": ".classify_lead_body_lead",
    "ClassifyLeadResponse200": ".classify_lead_response_200",
    "Company": ".company",
    "CompanyAggregation": ".company_aggregation",
    "CompanyAggregationMarkers": ".company_aggregation_markers",
    "CompanyBlacklistEntry": ".company_blacklist_entry",
    "CompanyBlacklistEntryList": ".company_blacklist_entry_list",
    "CompanyCustomFields": ".company_custom_fields",
    "CompanyFilter": ".company_filter",
    "CompanyHqLocationItem": ".company_hq_location_item",
    "CompanyList": ".company_list",
    "CompanySelection": ".company_selection",
    "ConnectExternalBrowserBody": ".connect_external_browser_body",
    "ConnectExternalBrowserBodyDailyLimits": ".connect_external_browser_body_daily_limits",
    "ConnectSmtpImapMailboxBody": ".connect_smtp_imap_mailbox_body",
    "ContactSource": ".contact_source",
    "ContactSourceFilterTreeFormat": ".contact_source_filter_tree_format",
    "ContactSourceMassActionsFilter": ".contact_source_mass_actions_filter",
    "CountLeadsBody": ".count_leads_body",
    "CountLeadsResponse200": ".count_leads_response_200",
    "CreateAiAgentBody": ".create_ai_agent_body",
    "CreateAiAgentBodyClassificationLlmConfig": ".create_ai_agent_body_classification_llm_config",
    "CreateAiTemplateBody": ".create_ai_template_body",
    "CreateAiTemplateBodyIsPublic": ".create_ai_template_body_is_public",
    "CreateAiTemplateBodyLlmConfig": ".create_ai_template_body_llm_config",
    "CreateAiTemplateBodySettings": ".create_ai_template_body_settings",
    "CreateCompanyBody": ".create_company_body",
    "CreateCompanyBodyCompaniesItem": ".create_company_body_companies_item",
    "CreateCustomFieldBody": ".create_custom_field_body",
    "CreateDataSourceBody": ".create_data_source_body",
    "CreateDataSourceBodyPayload": ".create_data_source_body_payload",
    "CreateFlowBody": ".create_flow_body",
    "CreateFlowVersionBody": ".create_flow_version_body",
    "CreateFlowWorkspaceBody": ".create_flow_workspace_body",
    "CreateLeadsBody": ".create_leads_body",
    "CreateLinkedinBrowserBody": ".create_linkedin_browser_body",
    "CreateListBody": ".create_list_body",
    "CreateLlmConnectionBody": ".create_llm_connection_body",
    "CreateNoteBody": ".create_note_body",
    "CreatePipelineStageBody": ".create_pipeline_stage_body",
    "CreateSenderProfileBody": ".create_sender_profile_body",
    "CreateTagBody": ".create_tag_body",
    "CreateWebhookBody": ".create_webhook_body",
    "CreateWebhookBodyFilters": ".create_webhook_body_filters",
    "CustomField": ".custom_field",
    "CustomFieldList": ".custom_field_list",
    "DataSource": ".data_source",
    "DataSourceErrorsItem": ".data_source_errors_item",
    "DataSourceList": ".data_source_list",
    "DataSourceMetric": ".data_source_metric",
    "DataSourceMetrics": ".data_source_metrics",
    "DataSourceMetricsBody": ".data_source_metrics_body",
    "DataSourcePayload": ".data_source_payload",
    "DataSourceStatus": ".data_source_status",
    "DataSourceType": ".data_source_type",
    "DeleteMailboxBody": ".delete_mailbox_body",
    "DownloadExportBody": ".download_export_body",
    "Email": ".email",
    "EmailBody": ".email_body",
    "EmailBodyAttachmentsItem": ".email_body_attachments_item",
    "EmailList": ".email_list",
    "EmailType": ".email_type",
    "EnrichCompaniesBody": ".enrich_companies_body",
    "EnrichCompaniesResponse200": ".enrich_companies_response_200",
    "EnrichLeadsBody": ".enrich_leads_body",
    "EnrichLeadsResponse200": ".enrich_leads_response_200",
    "EnrichmentQueueEntry": ".enrichment_queue_entry",
    "EnrichmentQueueEntryList": ".enrichment_queue_entry_list",
    "EnrichmentQueueEntryStatus": ".enrichment_queue_entry_status",
    "EnrichmentQueueMetricsResponse200": ".enrichment_queue_metrics_response_200",
    "ErrorEnvelope": ".error_envelope",
    "ErrorEnvelopeError": ".error_envelope_error",
    "ErrorEnvelopeErrorData": ".error_envelope_error_data",
    "ExportCompaniesBody": ".export_companies_body",
    "ExportLeadsBody": ".export_leads_body",
    "FileExport": ".file_export",
    "FileExportFilter": ".file_export_filter",
    "FileExportResult": ".file_export_result",
    "FileImport": ".file_import",
    "FileImportMatches": ".file_import_matches",
    "FileImportPayload": ".file_import_payload",
    "Flow": ".flow",
    "FlowLead": ".flow_lead",
    "FlowLeadList": ".flow_lead_list",
    "FlowList": ".flow_list",
    "FlowMetric": ".flow_metric",
    "FlowMetricTaskCounts": ".flow_metric_task_counts",
    "FlowMetrics": ".flow_metrics",
    "FlowNode": ".flow_node",
    "FlowNodeStatistic": ".flow_node_statistic",
    "FlowNodeStatisticNodeBranches": ".flow_node_statistic_node_branches",
    "FlowNodeStatisticNodeStatuses": ".flow_node_statistic_node_statuses",
    "FlowNodeStatistics": ".flow_node_statistics",
    "FlowStatus": ".flow_status",
    "FlowVersion": ".flow_version",
    "FlowVersionList": ".flow_version_list",
    "FlowWorkspace": ".flow_workspace",
    "FlowWorkspaceList": ".flow_workspace_list",
    "GetAiAgentMetricsBody": ".get_ai_agent_metrics_body",
    "GetFirstLinkedinBrowserBody": ".get_first_linkedin_browser_body",
    "GetFirstLinkedinBrowserBodyFilter": ".get_first_linkedin_browser_body_filter",
    "GetFlowMetricsBody": ".get_flow_metrics_body",
    "GetFlowNodeStatisticsBody": ".get_flow_node_statistics_body",
    "GetFlowNodeStatisticsBodyFilter": ".get_flow_node_statistics_body_filter",
    "GetLeadMetricsBody": ".get_lead_metrics_body",
    "GetLeadMetricsBodyFilter": ".get_lead_metrics_body_filter",
    "GetLeadMetricsBodyGroupBy": ".get_lead_metrics_body_group_by",
    "GetLeadMetricsBodyMetricsItem": ".get_lead_metrics_body_metrics_item",
    "GetLeadMetricsResponse200": ".get_lead_metrics_response_200",
    "GetLeadMetricsResponse200Metrics": ".get_lead_metrics_response_200_metrics",
    "GetLeadMetricsResponse200MetricsAdditionalProperty": ".get_lead_metrics_response_200_metrics_additional_property",
    "GetLeadMetricsResponse200Total": ".get_lead_metrics_response_200_total",
    "GetLinkedinMessageGroupCountsBody": ".get_linkedin_message_group_counts_body",
    "GetLinkedinMessageGroupCountsBodyFilter": ".get_linkedin_message_group_counts_body_filter",
    "GetLinkedinMessageGroupCountsResponse200": ".get_linkedin_message_group_counts_response_200",
    "GetSenderProfileMetricsBody": ".get_sender_profile_metrics_body",
    "GetSenderProfileMetricsResponse200": ".get_sender_profile_metrics_response_200",
    "GetTaskMetricsBody": ".get_task_metrics_body",
    "GetTaskMetricsResponse200": ".get_task_metrics_response_200",
    "GetTaskScheduleResponse200": ".get_task_schedule_response_200",
    "ImportCompaniesFromFileBody": ".import_companies_from_file_body",
    "ImportLeadsFromFileBody": ".import_leads_from_file_body",
    "Lead": ".lead",
    "LeadAggregation": ".lead_aggregation",
    "LeadAggregationFlowsItem": ".lead_aggregation_flows_item",
    "LeadAggregationMarkers": ".lead_aggregation_markers",
    "LeadBlacklistEntry": ".lead_blacklist_entry",
    "LeadBlacklistEntryList": ".lead_blacklist_entry_list",
    "LeadCustomFields": ".lead_custom_fields",
    "LeadEducationsItem": ".lead_educations_item",
    "LeadExperienceItem": ".lead_experience_item",
    "LeadFilter": ".lead_filter",
    "LeadInput": ".lead_input",
    "LeadInputCustomFields": ".lead_input_custom_fields",
    "LeadList": ".lead_list",
    "LeadLocationItem": ".lead_location_item",
    "LeadPostsItem": ".lead_posts_item",
    "LeadSelection": ".lead_selection",
    "LeadUnreadCountsItem": ".lead_unread_counts_item",
    "LinkedInBrowser": ".linked_in_browser",
    "LinkedInBrowserList": ".linked_in_browser_list",
    "LinkedInBrowserStatus": ".linked_in_browser_status",
    "LinkedInMessage": ".linked_in_message",
    "LinkedInMessageAttachmentsItem": ".linked_in_message_attachments_item",
    "LinkedInMessageAutomation": ".linked_in_message_automation",
    "LinkedInMessageLinkedinType": ".linked_in_message_linkedin_type",
    "LinkedInMessageList": ".linked_in_message_list",
    "LinkedInMessageStatus": ".linked_in_message_status",
    "LinkedInMessageType": ".linked_in_message_type",
    "List": ".list_",
    "ListBrowserLogsBody": ".list_browser_logs_body",
    "ListBrowserLogsBodyFilter": ".list_browser_logs_body_filter",
    "ListCompaniesBody": ".list_companies_body",
    "ListFlowLeadsBody": ".list_flow_leads_body",
    "ListFlowLeadsBodyFilter": ".list_flow_leads_body_filter",
    "ListLinkedinBrowsersBody": ".list_linkedin_browsers_body",
    "ListLinkedinBrowsersBodyFilter": ".list_linkedin_browsers_body_filter",
    "ListList": ".list_list",
    "LlmConfigOptions": ".llm_config_options",
    "LlmConfigOptionsAdditionalProperty": ".llm_config_options_additional_property",
    "LlmConfigOptionsAdditionalPropertyModelsItem": ".llm_config_options_additional_property_models_item",
    "LlmConnection": ".llm_connection",
    "LlmConnectionList": ".llm_connection_list",
    "LookupCompanyBody": ".lookup_company_body",
    "LookupCompanyBodyLookupsItem": ".lookup_company_body_lookups_item",
    "LookupOneLeadBody": ".lookup_one_lead_body",
    "Mailbox": ".mailbox",
    "MailboxConnectionSettings": ".mailbox_connection_settings",
    "MailboxList": ".mailbox_list",
    "MassActionLeadsBody": ".mass_action_leads_body",
    "MassActionLeadsBodyPayload": ".mass_action_leads_body_payload",
    "MassActionLeadsBodyType": ".mass_action_leads_body_type",
    "MassActionLeadsResponse200": ".mass_action_leads_response_200",
    "MassActionLeadsResponse200MassAction": ".mass_action_leads_response_200_mass_action",
    "NodeEdge": ".node_edge",
    "NoteList": ".note_list",
    "Note": ".note_record",
    "ObjectType": ".object_type",
    "PageCounters": ".page_counters",
    "PipelineStage": ".pipeline_stage",
    "PipelineStageCategory": ".pipeline_stage_category",
    "PipelineStageList": ".pipeline_stage_list",
    "PipelineStageType": ".pipeline_stage_type",
    "ProxyCheckResult": ".proxy_check_result",
    "ProxyConfig": ".proxy_config",
    "ProxyCountry": ".proxy_country",
    "ProxyCountryList": ".proxy_country_list",
    "ReconnectMailboxToSmtpBody": ".reconnect_mailbox_to_smtp_body",
    "RenderAiTemplateBody": ".render_ai_template_body",
    "RenderAiTemplateBodyLlmConfig": ".render_ai_template_body_llm_config",
    "RenderAiTemplateBodySettings": ".render_ai_template_body_settings",
    "Schedule": ".schedule",
    "SearchLeadsBody": ".search_leads_body",
    "SendEmailBody": ".send_email_body",
    "SendEmailResponse201": ".send_email_response_201",
    "SendLinkedinMessageBody": ".send_linkedin_message_body",
    "SenderProfile": ".sender_profile",
    "SenderProfileList": ".sender_profile_list",
    "SenderProfileStatus": ".sender_profile_status",
    "SetBrowserProxyBody": ".set_browser_proxy_body",
    "ShareBrowserBody": ".share_browser_body",
    "SmtpImapSettings": ".smtp_imap_settings",
    "SortDirection": ".sort_direction",
    "StopLinkedinBrowserBody": ".stop_linkedin_browser_body",
    "StopLinkedinBrowserBodyNow": ".stop_linkedin_browser_body_now",
    "Tag": ".tag",
    "TagList": ".tag_list",
    "Task": ".task",
    "TaskAutomation": ".task_automation",
    "TaskList": ".task_list",
    "TaskPayload": ".task_payload",
    "TaskPayloadAttachmentsItem": ".task_payload_attachments_item",
    "Team": ".team",
    "TeamConfig": ".team_config",
    "TeamCredits": ".team_credits",
    "TeamFeatures": ".team_features",
    "TeamList": ".team_list",
    "TestWebhookBody": ".test_webhook_body",
    "Timeblock": ".timeblock",
    "UpdateAiAgentBody": ".update_ai_agent_body",
    "UpdateAiAgentBodyClassificationLlmConfig": ".update_ai_agent_body_classification_llm_config",
    "UpdateAiTemplateBody": ".update_ai_template_body",
    "UpdateAiTemplateBodyLlmConfig": ".update_ai_template_body_llm_config",
    "UpdateAiTemplateBodySettings": ".update_ai_template_body_settings",
    "UpdateCompanyBody": ".update_company_body",
    "UpdateCompanyBodyCustomFields": ".update_company_body_custom_fields",
    "UpdateCustomFieldBody": ".update_custom_field_body",
    "UpdateDataSourceBody": ".update_data_source_body",
    "UpdateDataSourceBodyPayload": ".update_data_source_body_payload",
    "UpdateFlowBody": ".update_flow_body",
    "UpdateFlowWorkspaceBody": ".update_flow_workspace_body",
    "UpdateLeadBody": ".update_lead_body",
    "UpdateLeadBodyCustomFields": ".update_lead_body_custom_fields",
    "UpdateLinkedinBrowserBody": ".update_linkedin_browser_body",
    "UpdateListBody": ".update_list_body",
    "UpdateLlmConnectionBody": ".update_llm_connection_body",
    "UpdateNoteBody": ".update_note_body",
    "UpdatePipelineStageBody": ".update_pipeline_stage_body",
    "UpdateSenderProfileBody": ".update_sender_profile_body",
    "UpdateTagBody": ".update_tag_body",
    "UpdateWebhookBody": ".update_webhook_body",
    "UpdateWebhookBodyFilters": ".update_webhook_body_filters",
    "UploadCsvBody": ".upload_csv_body",
    "UploadCsvBodyType": ".upload_csv_body_type",
    "UpsertLeadBody": ".upsert_lead_body",
    "UpsertLeadBodyCustomFields": ".upsert_lead_body_custom_fields",
    "User": ".user",
    "UserConfig": ".user_config",
    "UserWhitelabel": ".user_whitelabel",
    "ValidateContactSourceBody": ".validate_contact_source_body",
    "ValidateContactSourceBodyOptions": ".validate_contact_source_body_options",
    "ValidateFlowNodeBody": ".validate_flow_node_body",
    "Webhook": ".webhook",
    "WebhookContactMarkers": ".webhook_contact_markers",
    "WebhookConversationThread": ".webhook_conversation_thread",
    "WebhookDelivery": ".webhook_delivery",
    "WebhookDeliveryEnvelope": ".webhook_delivery_envelope",
    "WebhookEmail": ".webhook_email",
    "WebhookEmailType": ".webhook_email_type",
    "WebhookEvent": ".webhook_event",
    "WebhookFilters": ".webhook_filters",
    "WebhookLinkedInConnection": ".webhook_linked_in_connection",
    "WebhookLinkedInConnectionRequest": ".webhook_linked_in_connection_request",
    "WebhookLinkedInMessage": ".webhook_linked_in_message",
    "WebhookLinkedInMessageAttachmentsItem": ".webhook_linked_in_message_attachments_item",
    "WebhookLinkedInMessageAutomation": ".webhook_linked_in_message_automation",
    "WebhookLinkedInMessageLinkedinType": ".webhook_linked_in_message_linkedin_type",
    "WebhookLinkedInMessageStatus": ".webhook_linked_in_message_status",
    "WebhookLinkedInMessageType": ".webhook_linked_in_message_type",
    "WebhookList": ".webhook_list",
    "WebhookRequestMethod": ".webhook_request_method",
    "WebhookStatus": ".webhook_status",
    "WebhookTestResult": ".webhook_test_result",
    "WebhookTestResultHeaders": ".webhook_test_result_headers",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "Activity",
    "ActivityList",
    "ActivityPayload",
    "AddCompanyToBlacklistBody",
    "AddLeadToBlacklistBody",
    "AddNewLeadToFlowBody",
    "AddNewLeadToFlowBodyCustomFields",
    "AddNewLeadToFlowResponse200Type0",
    "AiAgent",
    "AiAgentClassificationLlmConfig",
    "AiAgentList",
    "AiAgentMetric",
    "AiAgentMetrics",
    "AiAgentStatusesItem",
    "AiTemplate",
    "AiTemplateAttachmentsItem",
    "AiTemplateList",
    "AiTemplateLlmConfig",
    "AiTemplateRender",
    "AiTemplateRenderValidationHistoryItem",
    "AiTemplateSettings",
    "AiTemplateType",
    "AiTemplateValidationLlmConfig",
    "AttachmentRef",
    "BrowserLog",
    "BrowserLogList",
    "BrowserLogPayload",
    "CancelFlowLeadBody",
    "CheckProxyBody",
    "ClassifyLeadBody",
    "ClassifyLeadBodyLead",
    "ClassifyLeadResponse200",
    "Company",
    "CompanyAggregation",
    "CompanyAggregationMarkers",
    "CompanyBlacklistEntry",
    "CompanyBlacklistEntryList",
    "CompanyCustomFields",
    "CompanyFilter",
    "CompanyHqLocationItem",
    "CompanyList",
    "CompanySelection",
    "ConnectExternalBrowserBody",
    "ConnectExternalBrowserBodyDailyLimits",
    "ConnectSmtpImapMailboxBody",
    "ContactSource",
    "ContactSourceFilterTreeFormat",
    "ContactSourceMassActionsFilter",
    "CountLeadsBody",
    "CountLeadsResponse200",
    "CreateAiAgentBody",
    "CreateAiAgentBodyClassificationLlmConfig",
    "CreateAiTemplateBody",
    "CreateAiTemplateBodyIsPublic",
    "CreateAiTemplateBodyLlmConfig",
    "CreateAiTemplateBodySettings",
    "CreateCompanyBody",
    "CreateCompanyBodyCompaniesItem",
    "CreateCustomFieldBody",
    "CreateDataSourceBody",
    "CreateDataSourceBodyPayload",
    "CreateFlowBody",
    "CreateFlowVersionBody",
    "CreateFlowWorkspaceBody",
    "CreateLeadsBody",
    "CreateLinkedinBrowserBody",
    "CreateListBody",
    "CreateLlmConnectionBody",
    "CreateNoteBody",
    "CreatePipelineStageBody",
    "CreateSenderProfileBody",
    "CreateTagBody",
    "CreateWebhookBody",
    "CreateWebhookBodyFilters",
    "CustomField",
    "CustomFieldList",
    "DataSource",
    "DataSourceErrorsItem",
    "DataSourceList",
    "DataSourceMetric",
    "DataSourceMetrics",
    "DataSourceMetricsBody",
    "DataSourcePayload",
    "DataSourceStatus",
    "DataSourceType",
    "DeleteMailboxBody",
    "DownloadExportBody",
    "Email",
    "EmailBody",
    "EmailBodyAttachmentsItem",
    "EmailList",
    "EmailType",
    "EnrichCompaniesBody",
    "EnrichCompaniesResponse200",
    "EnrichLeadsBody",
    "EnrichLeadsResponse200",
    "EnrichmentQueueEntry",
    "EnrichmentQueueEntryList",
    "EnrichmentQueueEntryStatus",
    "EnrichmentQueueMetricsResponse200",
    "ErrorEnvelope",
    "ErrorEnvelopeError",
    "ErrorEnvelopeErrorData",
    "ExportCompaniesBody",
    "ExportLeadsBody",
    "FileExport",
    "FileExportFilter",
    "FileExportResult",
    "FileImport",
    "FileImportMatches",
    "FileImportPayload",
    "Flow",
    "FlowLead",
    "FlowLeadList",
    "FlowList",
    "FlowMetric",
    "FlowMetricTaskCounts",
    "FlowMetrics",
    "FlowNode",
    "FlowNodeStatistic",
    "FlowNodeStatisticNodeBranches",
    "FlowNodeStatisticNodeStatuses",
    "FlowNodeStatistics",
    "FlowStatus",
    "FlowVersion",
    "FlowVersionList",
    "FlowWorkspace",
    "FlowWorkspaceList",
    "GetAiAgentMetricsBody",
    "GetFirstLinkedinBrowserBody",
    "GetFirstLinkedinBrowserBodyFilter",
    "GetFlowMetricsBody",
    "GetFlowNodeStatisticsBody",
    "GetFlowNodeStatisticsBodyFilter",
    "GetLeadMetricsBody",
    "GetLeadMetricsBodyFilter",
    "GetLeadMetricsBodyGroupBy",
    "GetLeadMetricsBodyMetricsItem",
    "GetLeadMetricsResponse200",
    "GetLeadMetricsResponse200Metrics",
    "GetLeadMetricsResponse200MetricsAdditionalProperty",
    "GetLeadMetricsResponse200Total",
    "GetLinkedinMessageGroupCountsBody",
    "GetLinkedinMessageGroupCountsBodyFilter",
    "GetLinkedinMessageGroupCountsResponse200",
    "GetSenderProfileMetricsBody",
    "GetSenderProfileMetricsResponse200",
    "GetTaskMetricsBody",
    "GetTaskMetricsResponse200",
    "GetTaskScheduleResponse200",
    "ImportCompaniesFromFileBody",
    "ImportLeadsFromFileBody",
    "Lead",
    "LeadAggregation",
    "LeadAggregationFlowsItem",
    "LeadAggregationMarkers",
    "LeadBlacklistEntry",
    "LeadBlacklistEntryList",
    "LeadCustomFields",
    "LeadEducationsItem",
    "LeadExperienceItem",
    "LeadFilter",
    "LeadInput",
    "LeadInputCustomFields",
    "LeadList",
    "LeadLocationItem",
    "LeadPostsItem",
    "LeadSelection",
    "LeadUnreadCountsItem",
    "LinkedInBrowser",
    "LinkedInBrowserList",
    "LinkedInBrowserStatus",
    "LinkedInMessage",
    "LinkedInMessageAttachmentsItem",
    "LinkedInMessageAutomation",
    "LinkedInMessageLinkedinType",
    "LinkedInMessageList",
    "LinkedInMessageStatus",
    "LinkedInMessageType",
    "List",
    "ListBrowserLogsBody",
    "ListBrowserLogsBodyFilter",
    "ListCompaniesBody",
    "ListFlowLeadsBody",
    "ListFlowLeadsBodyFilter",
    "ListLinkedinBrowsersBody",
    "ListLinkedinBrowsersBodyFilter",
    "ListList",
    "LlmConfigOptions",
    "LlmConfigOptionsAdditionalProperty",
    "LlmConfigOptionsAdditionalPropertyModelsItem",
    "LlmConnection",
    "LlmConnectionList",
    "LookupCompanyBody",
    "LookupCompanyBodyLookupsItem",
    "LookupOneLeadBody",
    "Mailbox",
    "MailboxConnectionSettings",
    "MailboxList",
    "MassActionLeadsBody",
    "MassActionLeadsBodyPayload",
    "MassActionLeadsBodyType",
    "MassActionLeadsResponse200",
    "MassActionLeadsResponse200MassAction",
    "NodeEdge",
    "Note",
    "NoteList",
    "ObjectType",
    "PageCounters",
    "PipelineStage",
    "PipelineStageCategory",
    "PipelineStageList",
    "PipelineStageType",
    "ProxyCheckResult",
    "ProxyConfig",
    "ProxyCountry",
    "ProxyCountryList",
    "ReconnectMailboxToSmtpBody",
    "RenderAiTemplateBody",
    "RenderAiTemplateBodyLlmConfig",
    "RenderAiTemplateBodySettings",
    "Schedule",
    "SearchLeadsBody",
    "SendEmailBody",
    "SendEmailResponse201",
    "SendLinkedinMessageBody",
    "SenderProfile",
    "SenderProfileList",
    "SenderProfileStatus",
    "SetBrowserProxyBody",
    "ShareBrowserBody",
    "SmtpImapSettings",
    "SortDirection",
    "StopLinkedinBrowserBody",
    "StopLinkedinBrowserBodyNow",
    "Tag",
    "TagList",
    "Task",
    "TaskAutomation",
    "TaskList",
    "TaskPayload",
    "TaskPayloadAttachmentsItem",
    "Team",
    "TeamConfig",
    "TeamCredits",
    "TeamFeatures",
    "TeamList",
    "TestWebhookBody",
    "Timeblock",
    "UpdateAiAgentBody",
    "UpdateAiAgentBodyClassificationLlmConfig",
    "UpdateAiTemplateBody",
    "UpdateAiTemplateBodyLlmConfig",
    "UpdateAiTemplateBodySettings",
    "UpdateCompanyBody",
    "UpdateCompanyBodyCustomFields",
    "UpdateCustomFieldBody",
    "UpdateDataSourceBody",
    "UpdateDataSourceBodyPayload",
    "UpdateFlowBody",
    "UpdateFlowWorkspaceBody",
    "UpdateLeadBody",
    "UpdateLeadBodyCustomFields",
    "UpdateLinkedinBrowserBody",
    "UpdateListBody",
    "UpdateLlmConnectionBody",
    "UpdateNoteBody",
    "UpdatePipelineStageBody",
    "UpdateSenderProfileBody",
    "UpdateTagBody",
    "UpdateWebhookBody",
    "UpdateWebhookBodyFilters",
    "UploadCsvBody",
    "UploadCsvBodyType",
    "UpsertLeadBody",
    "UpsertLeadBodyCustomFields",
    "User",
    "UserConfig",
    "UserWhitelabel",
    "ValidateContactSourceBody",
    "ValidateContactSourceBodyOptions",
    "ValidateFlowNodeBody",
    "Webhook",
    "WebhookContactMarkers",
    "WebhookConversationThread",
    "WebhookDelivery",
    "WebhookDeliveryEnvelope",
    "WebhookEmail",
    "WebhookEmailType",
    "WebhookEvent",
    "WebhookFilters",
    "WebhookLinkedInConnection",
    "WebhookLinkedInConnectionRequest",
    "WebhookLinkedInMessage",
    "WebhookLinkedInMessageAttachmentsItem",
    "WebhookLinkedInMessageAutomation",
    "WebhookLinkedInMessageLinkedinType",
    "WebhookLinkedInMessageStatus",
    "WebhookLinkedInMessageType",
    "WebhookList",
    "WebhookRequestMethod",
    "WebhookStatus",
    "WebhookTestResult",
    "WebhookTestResultHeaders",
)

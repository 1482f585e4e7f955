# A web tier behind an SLB, in the style of the provider's examples.
terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.230.0"
    }
  }
}

provider "alicloud" {
  region = var.region
}

variable "region" {
  type    = string
  default = "cn-hangzhou"
}

variable "name" {
  description = "Prefix of every resource name"
  type        = string
  default     = "web"
}

variable "instance_types" {
  type    = list(string)
  default = ["ecs.g7.large", "ecs.g6.large"]
}

variable "system_disk_size" {
  type    = number
  default = 40
}

variable "key_name" {
  type = string
}

locals {
  env          = "prod"
  config_name  = "${var.name}-${local.env}-config"
  common_tags  = {
    env     = local.env
    team    = "platform"
    service = var.name
  }
}

data "alicloud_zones" "default" {
  available_disk_category     = "cloud_essd"
  available_resource_creation = "VSwitch"
}

data "alicloud_images" "ubuntu" {
  name_regex = "^ubuntu_22"
  owners     = "system"
}

resource "alicloud_vpc" "default" {
  vpc_name   = var.name
  cidr_block = "172.16.0.0/16"
}

resource "alicloud_vswitch" "default" {
  vpc_id     = alicloud_vpc.default.id
  cidr_block = "172.16.0.0/24"
  zone_id    = data.alicloud_zones.default.zones[0].id
}

resource "alicloud_security_group" "default" {
  security_group_name = var.name
  vpc_id              = alicloud_vpc.default.id
}

resource "alicloud_ess_scaling_group" "default" {
  min_size           = 1
  max_size           = 10
  scaling_group_name = "${var.name}-group"
  removal_policies   = ["OldestInstance", "NewestInstance"]
  vswitch_ids        = [alicloud_vswitch.default.id]
}

resource "alicloud_ess_scaling_configuration" "default" {
  scaling_group_id           = alicloud_ess_scaling_group.default.id
  scaling_configuration_name = local.config_name
  image_id                   = data.alicloud_images.ubuntu.images[0].id
  instance_types             = var.instance_types
  security_group_id          = alicloud_security_group.default.id
  internet_charge_type       = "PayByTraffic"
  internet_max_bandwidth_out = 10
  system_disk_category       = "cloud_essd"
  system_disk_size           = var.system_disk_size
  key_name                   = var.key_name
  force_delete               = true
  active                     = true
  enable                     = true

  data_disk {
    size                 = 100
    category             = "cloud_essd"
    performance_level    = "PL1"
    delete_with_instance = true
  }

  data_disk {
    snapshot_id = "s-bp1fkmy1ovq4z3q6abcd"
    category    = "cloud_efficiency"
  }

  user_data = base64encode(<<-EOT
    #!/bin/bash
    echo "hello from ${var.name}" > /etc/motd
  EOT
  )

  tags = merge(local.common_tags, { Name = local.config_name })

  lifecycle {
    ignore_changes = [image_id]
  }
}
